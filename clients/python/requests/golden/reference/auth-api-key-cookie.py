import requests

url = "https://api.example.com/v1/widgets"

cookies = {"theme": "dark", "api_session": "<session-key>"}

response = requests.get(url, cookies=cookies)

print(response.json())
