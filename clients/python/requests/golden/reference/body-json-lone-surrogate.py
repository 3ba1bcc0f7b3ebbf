import requests

url = "https://api.example.com/v1/echo"

payload = {
    "key \udbff": "a \ud800 b",
    "list": [
        "\udc00",
        "paired 😀"
    ]
}
headers = {
    "Content-Type": "application/json"
}

response = requests.post(url, json=payload, headers=headers)

print(response.json())
