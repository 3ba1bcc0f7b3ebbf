require "http/client"

url = URI.parse("https://api.example.com/v1/upload")

headers = HTTP::Headers.new
# HTTP::FormData::Builder refuses to finish a form without parts: an empty form is its close delimiter alone.
headers["Content-Type"] = "multipart/form-data; boundary=snipgen-empty-form"
body = "--snipgen-empty-form--\r\n"

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
