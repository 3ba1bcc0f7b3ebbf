require "http/client"

url = URI.parse("https://api.example.com/v1/forms")

headers = HTTP::Headers.new
headers.add "Content-Type", "application/x-www-form-urlencoded"
body = URI::Params.build do |form|
  form.add "mix", "it's a \"mix\" of \\ $HOME ${x} \#{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u{2028} 😀 é"
  form.add "k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"
  form.add "mix", "again"
end

response = HTTP::Client.exec("POST", url, headers: headers, body: body)

puts response.status_code
puts response.body
