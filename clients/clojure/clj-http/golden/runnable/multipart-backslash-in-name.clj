(ns example.core
  (:require [clj-http.client :as http]
            [clojure.java.io :as io])
  (:import (java.nio.charset StandardCharsets)
           (org.apache.http.entity ContentType)
           (org.apache.http.entity.mime HttpMultipartMode MultipartEntityBuilder)))

;; clj-http's :multipart adds "; charset=US-ASCII" to the Content-Type and writes part names as
;; ASCII: the body is built with the httpmime MultipartEntityBuilder that clj-http runs on.
(def multipart
  (-> (MultipartEntityBuilder/create)
      (.setMode HttpMultipartMode/RFC6532)
      (.addTextBody "dir\\name" "x" (ContentType/create "text/plain" StandardCharsets/UTF_8))
      (.addBinaryBody "file" (io/file "files/notes.txt") (ContentType/parse "text/plain") "C:\\Users\\me\\notes.txt")
      (.build)))

(defn -main []
  (let [response (http/request {:method :post
                                :url "https://api.example.com/v1/upload"
                                :body multipart
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
