require 'net/http'

uri = URI('https://api.example.com/v1/forms')

request = Net::HTTP::Post.new(uri)
request.set_form([
  ['mix', "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"],
  ['lines', "line one\nline two\r\nthen\ttab end"],
  ['file', File.open('files/notes.txt'), { filename: 'it\'s "notes".txt', content_type: 'text/plain' }]
], 'multipart/form-data')

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
