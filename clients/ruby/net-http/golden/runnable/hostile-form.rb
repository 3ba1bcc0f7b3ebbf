require 'net/http'

uri = URI('https://api.example.com/v1/forms')

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/x-www-form-urlencoded'
request.body = URI.encode_www_form([
  ['mix', "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"],
  ['k\'"\\$`{{x}}', "line one\nline two\r\nthen\ttab end"],
  ['mix', 'again']
])

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
