unsupported: javascript/fetch (reference) cannot send endpoint "body-get-with-body": fetch refuses a body on a GET request
