require "http/client"

url = URI.parse("https://api.example.com/v1/raw")

headers = HTTP::Headers.new
headers.add "Content-Type", "text/plain; charset=utf-8"
body = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é\nline one\nline two\r\nthen\ttab end\n"

response = HTTP::Client.exec("PUT", url, headers: headers, body: body)

puts response.status_code
puts response.body
