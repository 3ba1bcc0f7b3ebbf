require "http/client"

url = URI.parse("https://api.example.com/v1/echo/a%E2%80%AEb")
url.query = URI::Params.build do |params|
  params.add "q\u{200B}", "x\u{2066}y\u{2069}z"
  params.add "nbsp", "a\u{A0}b"
end

headers = HTTP::Headers.new
headers.add "Content-Type", "application/json"
body = "{\n  \"rtl\": \"abc\u{202E}def\",\n  \"zero\u{200B}width\": \"a\u{FEFF}b\u{A0}c\u{E0041}d\u{3164}e\"\n}"

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
