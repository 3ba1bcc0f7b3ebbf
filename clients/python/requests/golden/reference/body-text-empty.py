import requests

url = "https://api.example.com/v1/ping"

payload = ""
headers = {
    "Content-Type": "text/plain"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
