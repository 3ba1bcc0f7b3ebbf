(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"query" {"match" {"title" "snippets"}} "size" 10})

(defn -main []
  (let [response (http/request {:method :get
                                :url "https://api.example.com/v1/search"
                                :headers {"Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
