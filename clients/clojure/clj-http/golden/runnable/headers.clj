(ns example.core
  (:require [clj-http.client :as http]))

(defn -main []
  (let [response (http/request {:method :get
                                :url "https://api.example.com/v1/headers"
                                :headers {"Accept" "application/json"
                                          "X-Trace" ["first" "second"]
                                          "X-Quoted" "say \"hi\" and it's fine"
                                          "X-Backslash" "C:\\path\\to\\file \\n not a newline"
                                          "X-Dollar" "$HOME ${x} #{x} `cmd` %s {{x}}"}
                                ;; Returns 4xx and 5xx responses instead of throwing.
                                :throw-exceptions false})]
    (println (:status response))
    (println (:body response))))
