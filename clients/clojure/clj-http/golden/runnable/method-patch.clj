(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"count" 4})

(defn -main []
  (let [response (http/request {:method :patch
                                :url "https://api.example.com/v1/items/42"
                                :headers {"If-Match" "\"etag-1\""
                                          "Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
