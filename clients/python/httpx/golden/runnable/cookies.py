import httpx

url = "https://api.example.com/v1/session"
headers = {
    "Cookie": "session_id=abc123; theme=dark; lang=en-GB",
}

response = httpx.request(
    "GET",
    url,
    headers=headers,
)

print(response.status_code)
print(response.text)
