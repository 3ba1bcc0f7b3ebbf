(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"name" "My New API Key"
   "limit" 50
   "limit_reset" "monthly"
   "include_byok_in_limit" true})

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://openrouter.ai/api/v1/keys"
                                :headers {"Authorization" (str "Bearer " (or (System/getenv "OPENROUTER_API_KEY") "<token>"))
                                          "Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
