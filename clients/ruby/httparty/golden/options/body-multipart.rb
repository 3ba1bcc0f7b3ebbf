unsupported: ruby/httparty cannot express a repeated multipart part name (HTTParty's body is a Hash, and an Array value goes out as name[]) (endpoint "body-multipart")
