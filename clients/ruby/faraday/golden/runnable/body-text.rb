require 'faraday'

url = 'https://api.example.com/v1/notes'
headers = {
  'Content-Type' => 'text/plain; charset=utf-8'
}
payload = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
