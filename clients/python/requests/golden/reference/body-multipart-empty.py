import requests

url = "https://api.example.com/v1/upload"

files = [
]

response = requests.post(url, files=files)

print(response.json())
