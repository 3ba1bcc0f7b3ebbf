require 'uri'
require 'net/http'

url = URI("https://api.example.com/v1/headers")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Get.new(url)
request["Accept"] = 'application/json'
request["X-Trace"] = 'first, second'
request["X-Quoted"] = 'say "hi" and it\'s fine'
request["X-Backslash"] = 'C:\\path\\to\\file \\n not a newline'
request["X-Dollar"] = '$HOME ${x} #{x} `cmd` %s {{x}}'

response = http.request(request)
puts response.read_body
