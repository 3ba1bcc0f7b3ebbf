import requests

url = "https://api.example.com/v1/forms"
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
}
payload = [
    ("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"),
    ("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"),
    ("mix", "again"),
]

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
