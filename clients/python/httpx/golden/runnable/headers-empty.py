import httpx

url = "https://api.example.com/v1/flags"
headers = {
    "X-Empty": "",
    "X-Other": "set",
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
