(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/login"
                                :headers {"Content-Type" "application/x-www-form-urlencoded"}
                                ;; The encoded form keeps the fields' order (:form-params is a map).
                                :body "username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d"
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
