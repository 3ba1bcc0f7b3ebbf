(ns example.core
    (:require [clj-http.client :as http]
                        [clojure.java.io :as io]))

(defn -main []
    (let [response (http/request {:method :put
                                                                :url "https://api.example.com/v1/blobs/logo"
                                                                :headers {"Content-Type" "image/png"}
                                                                :body (io/file "files/avatar.png")
                                                                ;; Returns 4xx and 5xx responses instead of throwing.
                                                                :throw-exceptions false})]
        (println (:status response))
        (println (:body response))))
