import requests

url = "https://api.example.com/v1/forms"

payload = [("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"), ("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"), ("mix", "again")]
headers = {
    "Content-Type": "application/x-www-form-urlencoded"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
