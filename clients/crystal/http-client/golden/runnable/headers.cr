require "http/client"

url = URI.parse("https://api.example.com/v1/headers")

headers = HTTP::Headers.new
headers.add "Accept", "application/json"
headers.add "X-Trace", "first"
headers.add "X-Quoted", "say \"hi\" and it's fine"
headers.add "X-Backslash", "C:\\path\\to\\file \\n not a newline"
headers.add "X-Trace", "second"
headers.add "X-Dollar", "$HOME ${x} \#{x} `cmd` %s {{x}}"

response = HTTP::Client.exec("GET", url, headers: headers)

puts response.status_code
puts response.body
