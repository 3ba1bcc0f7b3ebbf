(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :get
                                :url "https://api.example.com/v1/widgets"
                                :headers {"X-API-Key" (or (System/getenv "X_API_KEY") "<api-key>")}
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
