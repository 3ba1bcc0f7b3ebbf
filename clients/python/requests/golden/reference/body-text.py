import requests

url = "https://api.example.com/v1/notes"

payload = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"
headers = {
    "Content-Type": "text/plain; charset=utf-8"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
