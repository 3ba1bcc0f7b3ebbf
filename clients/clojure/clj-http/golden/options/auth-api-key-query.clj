(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :get
                                :url (str "https://api.example.com/v1/widgets?page=2&api_key=" (java.net.URLEncoder/encode (or (System/getenv "EXAMPLE_API_KEY") "<api-key>") "UTF-8"))
                                :socket-timeout 2500
                                :conn-timeout 2500
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
