import httpx

url = "https://api.example.com/v1/echo"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "key \udbff": "a \ud800 b",
    "list": [
        "\udc00",
        "paired 😀"
    ]
}

response = httpx.request(
    "POST",
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
