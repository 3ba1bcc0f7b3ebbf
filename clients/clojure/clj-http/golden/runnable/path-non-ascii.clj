(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :get
                                :url "https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b"
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
