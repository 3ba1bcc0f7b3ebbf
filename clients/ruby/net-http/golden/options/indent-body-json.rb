require 'json'
require 'net/http'

uri = URI('https://api.example.com/v1/documents')
payload = {
    'title' => 'Ünïcödé — 日本語 and emoji 🎉😀',
    'nested' => {
        'list' => [
            1,
            'two',
            3.5,
            nil,
            true,
            false
        ],
        'object' => {
            'deep' => {
                'deeper' => [
                    {
                        'a' => 1
                    },
                    []
                ]
            }
        }
    },
    'empty_object' => {},
    'empty_list' => [],
    'nothing' => nil,
    'yes' => true,
    'no' => false,
    'big' => 9007199254740993,
    'negative_big' => -12345678901234567890,
    'float' => 3.14159,
    'negative' => -7,
    'zero' => 0
}

request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = JSON.generate(payload)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
    http.request(request)
end

puts response.code
puts response.body
