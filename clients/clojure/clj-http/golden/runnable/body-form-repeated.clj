(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/filters"
                                :headers {"Content-Type" "application/x-www-form-urlencoded"}
                                ;; The encoded form keeps the fields' order (:form-params is a map).
                                :body "tag=red&tag=red&tag=blue"
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
