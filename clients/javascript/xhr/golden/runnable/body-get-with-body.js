unsupported: javascript/xhr cannot send a body on a GET request (endpoint "body-get-with-body"): XMLHttpRequest.send drops the body of a GET or HEAD request
