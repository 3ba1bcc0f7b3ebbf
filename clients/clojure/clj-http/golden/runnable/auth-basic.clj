(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :get
                                :url "https://api.example.com/v1/account"
                                :headers {"Authorization" (str "Basic " (.encodeToString (java.util.Base64/getEncoder) (.getBytes (str (or (System/getenv "API_USERNAME") "<username>") ":" (or (System/getenv "API_PASSWORD") "<password>")) "UTF-8")))}
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
