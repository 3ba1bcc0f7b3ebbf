(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.github.com/markdown/raw"
                                :headers {"Content-Type" "text/plain"}
                                :body "{\"text\":\"Hello **world**\"}"
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
