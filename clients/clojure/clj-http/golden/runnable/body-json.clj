(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"title" "Ünïcödé — 日本語 and emoji 🎉😀"
   "nested"
     {"list" [1 "two" 3.5 nil true false]
      "object" {"deep" {"deeper" [{"a" 1} []]}}}
   "empty_object" {}
   "empty_list" []
   "nothing" nil
   "yes" true
   "no" false
   "big" 9007199254740993
   "negative_big" -12345678901234567890
   "float" 3.14159
   "negative" -7
   "zero" 0})

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/documents"
                                :headers {"Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
