require 'faraday'

url = 'https://api.example.com/v1/upload'
headers = {
  # The multipart middleware adds the boundary; without a file part it encodes the Hash only for this type.
  'Content-Type' => 'multipart/form-data'
}
payload = {
  'título' => 'Café ☕',
  'документ' => Faraday::FilePart.new('files/notes.txt', 'text/plain', 'résumé ☕.txt')
}

conn = Faraday.new do |f|
  # flat_encode: true sends a repeated name as it is, not as name[].
  f.request :multipart, flat_encode: true
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
