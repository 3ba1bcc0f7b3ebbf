unsupported: elixir/httpc cannot send a body on a GET request (endpoint "body-get-with-body"): :httpc takes no body on a GET or HEAD request
