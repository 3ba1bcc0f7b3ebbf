import requests

url = "https://api.example.com/v1/echo"

response = requests.request(
    "TRACE",
    url,
)

print(response.status_code)
print(response.text)
