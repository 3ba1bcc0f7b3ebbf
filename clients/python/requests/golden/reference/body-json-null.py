import requests

url = "https://api.example.com/v1/runs/42/rerun"

payload = "null"
headers = {
    "Content-Type": "application/json"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
