(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"key \udbff" "a \ud800 b" "list" ["\udc00" "paired 😀"]})

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/echo"
                                :headers {"Content-Type" "application/json"}
                                ;; A lone surrogate has no UTF-8 form: every non-ASCII character goes as a \u escape.
                                :body (json/generate-string payload {:escape-non-ascii true})
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
