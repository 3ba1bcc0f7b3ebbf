import httpx

url = "https://api.example.com/v1/search"
params = [
    ("", "a"),
    ("", "b c"),
    ("q", "x"),
]

response = httpx.request(
    "GET",
    url,
    params=params,
)

print(response.status_code)
print(response.text)
