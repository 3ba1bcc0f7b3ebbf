require 'httparty'

url = 'https://api.example.com/v1/headers'
headers = {
  'Accept' => 'application/json',
  'X-Trace' => 'first, second',
  'X-Quoted' => 'say "hi" and it\'s fine',
  'X-Backslash' => 'C:\\path\\to\\file \\n not a newline',
  'X-Dollar' => '$HOME ${x} #{x} `cmd` %s {{x}}'
}

response = HTTParty.get(
  url,
  headers: headers
)

puts response.code
puts response.body
