import requests

url = "https://api.example.com/v1/session"

cookies = {"session_id": "abc123", "theme": "dark", "lang": "en-GB"}

response = requests.get(url, cookies=cookies)

print(response.json())
