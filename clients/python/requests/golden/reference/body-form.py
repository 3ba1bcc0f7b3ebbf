import requests

url = "https://api.example.com/v1/login"

payload = [("username", "jane@example.com"), ("password", "p&ss=w+rd 100%"), ("scope", "read"), ("scope", "write"), ("note", "é ☕ a+b=c&d")]
headers = {
    "Content-Type": "application/x-www-form-urlencoded"
}

response = requests.post(url, data=payload, headers=headers)

print(response.json())
