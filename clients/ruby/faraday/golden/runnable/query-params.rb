require 'faraday'

url = 'https://api.example.com/v1/search'
params = {
  'q' => 'rock & roll = fun + 100% sure',
  'tag' => ['first', 'second', 'third'],
  'limit' => '10',
  'empty' => '',
  'filter[name]' => 'Zoë Łukasz 🎸',
  'sort[]' => '-created'
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
