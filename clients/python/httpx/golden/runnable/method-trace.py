import httpx

url = "https://api.example.com/v1/echo"

response = httpx.request(
    "TRACE",
    url,
)

print(response.status_code)
print(response.text)
