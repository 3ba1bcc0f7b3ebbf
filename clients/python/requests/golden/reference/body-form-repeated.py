import requests

url = "https://api.example.com/v1/filters"

payload = [("tag", "red"), ("tag", "red"), ("tag", "blue")]
headers = {
    "Content-Type": "application/x-www-form-urlencoded"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
