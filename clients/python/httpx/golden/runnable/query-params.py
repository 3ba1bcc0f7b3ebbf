import httpx

url = "https://api.example.com/v1/search"
params = [
    ("q", "rock & roll = fun + 100% sure"),
    ("tag", "first"),
    ("limit", "10"),
    ("tag", "second"),
    ("empty", ""),
    ("filter[name]", "Zoë Łukasz 🎸"),
    ("sort[]", "-created"),
    ("tag", "third"),
]

response = httpx.request(
    "GET",
    url,
    params=params,
)

print(response.status_code)
print(response.text)
