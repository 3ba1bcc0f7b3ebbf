(ns example.core
  (:require [cheshire.core :as json]
            [clj-http.client :as http]))

(def payload
  {"title" "Found a bug"
   "body" "I'm having a problem with this."
   "assignees" ["octocat"]
   "milestone" 1
   "labels" ["bug"]})

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.github.com/repos/OWNER/REPO/issues"
                                :headers {"Content-Type" "application/json"}
                                :body (json/generate-string payload)
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
