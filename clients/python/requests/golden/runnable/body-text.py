import requests

url = "https://api.example.com/v1/notes"
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
payload = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n".encode()

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
