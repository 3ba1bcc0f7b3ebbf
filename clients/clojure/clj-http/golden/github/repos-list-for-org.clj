(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :get
                                :url "https://api.github.com/orgs/ORG/repos"
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
