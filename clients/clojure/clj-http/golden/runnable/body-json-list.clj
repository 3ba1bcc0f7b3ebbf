(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  [{"name" "red" "weight" 1}
   {"name" "green" "weight" 2.5}
   "blue"])

(defn -main []
  (let [response (http/request {:method :put
                                :url "https://api.example.com/v1/tags"
                                :headers {"Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
