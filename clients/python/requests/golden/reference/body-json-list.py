import requests

url = "https://api.example.com/v1/tags"

payload = [
    {
        "name": "red",
        "weight": 1
    },
    {
        "name": "green",
        "weight": 2.5
    },
    "blue"
]
headers = {
    "Content-Type": "application/json"
}

response = requests.put(url, json=payload, headers=headers)

print(response.json())
