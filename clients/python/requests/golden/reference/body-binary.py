import requests

url = "https://api.example.com/v1/blobs/logo"

payload = open("files/avatar.png", "rb")
headers = {
    "Content-Type": "image/png"
}

response = requests.put(url, data=payload, headers=headers)

print(response.json())
