require 'faraday'

url = 'https://api.example.com/v1/headers'
headers = {
  'Accept' => 'application/json',
  'X-Trace' => 'first, second',
  'X-Quoted' => 'say "hi" and it\'s fine',
  'X-Backslash' => 'C:\\path\\to\\file \\n not a newline',
  'X-Dollar' => '$HOME ${x} #{x} `cmd` %s {{x}}'
}

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, headers)

puts response.status
puts response.body
