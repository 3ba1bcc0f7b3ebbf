import requests

url = "https://api.example.com/v1/subscribe"

payload = [("email", "jane@example.com"), ("topic", "news & offers"), ("topic", "é ☕")]
headers = {
    "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
