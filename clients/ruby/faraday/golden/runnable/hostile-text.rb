require 'faraday'

url = 'https://api.example.com/v1/raw'
headers = {
  'Content-Type' => 'text/plain; charset=utf-8'
}
payload = "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"

conn = Faraday.new do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:put, url, payload, headers)

puts response.status
puts response.body
