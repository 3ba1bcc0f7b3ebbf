require 'json'
require 'rest-client'

url = 'https://api.example.com/v1/documents'
headers = {
    'Content-Type' => 'application/json'
}
payload = JSON.generate({
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
})

begin
    response = RestClient::Request.execute(
        method: :post,
        url: url,
        headers: headers,
        payload: payload
    )
rescue RestClient::ExceptionWithResponse => e
    # rest-client raises on a 4xx or 5xx status; the error holds the response.
    response = e.response
end

puts response.code
puts response.body
