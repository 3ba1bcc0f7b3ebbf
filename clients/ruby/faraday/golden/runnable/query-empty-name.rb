require 'faraday'

url = 'https://api.example.com/v1/search'
params = {
  '' => ['a', 'b c'],
  'q' => 'x'
}

# FlatParamsEncoder sends every name as written; the default encoder reads brackets (a[b], a[]) as nesting.
conn = Faraday.new(request: { params_encoder: Faraday::FlatParamsEncoder }) do |f|
  f.adapter Faraday.default_adapter
end

response = conn.run_request(:get, url, nil, nil) do |req|
  req.params = params
end

puts response.status
puts response.body
