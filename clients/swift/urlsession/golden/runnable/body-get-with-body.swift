unsupported: swift/urlsession: URLSession refuses a GET request with a body
