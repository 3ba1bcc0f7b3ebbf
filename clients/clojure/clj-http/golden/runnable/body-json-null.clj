(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  nil)

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/runs/42/rerun"
                                :headers {"Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
