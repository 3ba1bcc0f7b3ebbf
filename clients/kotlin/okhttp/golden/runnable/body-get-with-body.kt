unsupported: kotlin/okhttp cannot send a body on a GET request (endpoint "body-get-with-body"): OkHttp refuses a request body on GET and HEAD ("method GET must not have a request body")
