unsupported: javascript/jquery cannot send a body on a GET request (endpoint "body-get-with-body"): $.ajax appends the data of a GET or HEAD request to the URL as a query
