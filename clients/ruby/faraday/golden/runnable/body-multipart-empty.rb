require 'faraday'

url = 'https://api.example.com/v1/upload'
headers = {
  'Content-Type' => 'multipart/form-data; boundary=snipgen-empty-form'
}
# The multipart middleware skips an empty Hash: a form without fields is its close delimiter alone.
payload = "--snipgen-empty-form--\r\n"

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
