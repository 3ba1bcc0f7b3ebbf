import requests

url = "https://api.example.com/v1/raw"

payload = "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"
headers = {
    "Content-Type": "text/plain; charset=utf-8"
}

response = requests.put(url, data=payload, headers=headers)

print(response.json())
