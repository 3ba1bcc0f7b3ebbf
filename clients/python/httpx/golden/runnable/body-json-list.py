import httpx

url = "https://api.example.com/v1/tags"
headers = {
    "Content-Type": "application/json",
}
payload = [
    {
        "name": "red",
        "weight": 1
    },
    {
        "name": "green",
        "weight": 2.5
    },
    "blue"
]

response = httpx.request(
    "PUT",
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
