from urllib.parse import urlencode

import httpx

url = "https://api.example.com/v1/forms"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = urlencode([
    ("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"),
    ("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"),
    ("mix", "again"),
])

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
