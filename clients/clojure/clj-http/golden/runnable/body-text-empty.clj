(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/ping"
                                :headers {"Content-Type" "text/plain"}
                                :body ""
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
