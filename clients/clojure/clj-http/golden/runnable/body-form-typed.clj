(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/subscribe"
                                :headers {"Content-Type" "application/x-www-form-urlencoded; charset=UTF-8"}
                                ;; The encoded form keeps the fields' order (:form-params is a map).
                                :body "email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95"
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
