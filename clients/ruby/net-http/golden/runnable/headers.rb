require 'net/http'

uri = URI('https://api.example.com/v1/headers')

request = Net::HTTP::Get.new(uri)
request['Accept'] = 'application/json'
request['X-Trace'] = 'first'
request['X-Quoted'] = 'say "hi" and it\'s fine'
request['X-Backslash'] = 'C:\\path\\to\\file \\n not a newline'
request.add_field('X-Trace', 'second')
request['X-Dollar'] = '$HOME ${x} #{x} `cmd` %s {{x}}'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end

puts response.code
puts response.body
