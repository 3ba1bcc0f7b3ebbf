import httpx

url = "https://api.example.com/v2/events"
params = [
    ("type", "push"),
    ("type", "pull_request"),
    ("per_page", "50"),
    ("active", "true"),
]

response = httpx.request(
    "GET",
    url,
    params=params,
)

print(response.status_code)
print(response.text)
