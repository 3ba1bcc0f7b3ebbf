unsupported: go/resty: resty writes a multipart part name unescaped, so the name "dir\\name" cannot be sent
