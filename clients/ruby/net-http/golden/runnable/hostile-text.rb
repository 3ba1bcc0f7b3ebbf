require 'net/http'

uri = URI('https://api.example.com/v1/raw')

request = Net::HTTP::Put.new(uri)
request['Content-Type'] = 'text/plain; charset=utf-8'
request.body = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
