require 'json'
require 'net/http'

uri = URI('https://api.example.com/v1/echo/a%E2%80%AEb')
uri.query = URI.encode_www_form([
  ["q\u200B", "x\u2066y\u2069z"],
  ['nbsp', "a\u00A0b"]
])
payload = {
  'rtl' => "abc\u202Edef",
  "zero\u200Bwidth" => "a\uFEFFb\u00A0c\u{E0041}d\u3164e"
}

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
