unsupported: objc/nsurlsession cannot send a body on a GET request (endpoint "body-get-with-body"): NSURLSession does not send a body on a GET or HEAD request
