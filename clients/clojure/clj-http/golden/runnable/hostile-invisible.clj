(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"rtl" "abc\u202edef"
   "zero\u200bwidth" "a\ufeffb\u00a0c\udb40\udc41d\u3164e"})

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"
                                :headers {"Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
