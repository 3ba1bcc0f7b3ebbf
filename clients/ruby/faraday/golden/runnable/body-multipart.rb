require 'faraday'

url = 'https://api.example.com/v1/upload'
headers = {
  # The multipart middleware adds the boundary; without a file part it encodes the Hash only for this type.
  'Content-Type' => 'multipart/form-data'
}
payload = {
  'title' => 'Quarterly report',
  'description' => 'Line one, "quoted"; and ☕',
  'avatar' => Faraday::FilePart.new('files/avatar.png', 'image/png', 'avatar.png'),
  'attachments' => [
    Faraday::FilePart.new('files/notes.txt', 'text/plain', 'notes.txt'),
    Faraday::FilePart.new('files/data.csv', 'text/csv', 'data.csv')
  ]
}

conn = Faraday.new do |f|
  # flat_encode: true sends a repeated name as it is, not as name[].
  f.request :multipart, flat_encode: true
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:post, url, payload, headers)

puts response.status
puts response.body
