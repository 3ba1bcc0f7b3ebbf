(ns example.core
  (:require [clj-http.client :as http]
            [clojure.java.io :as io]))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME"
                                :headers {"Content-Type" "application/octet-stream"}
                                :body (io/file "body.bin")
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
