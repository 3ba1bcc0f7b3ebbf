import requests

url = "https://api.example.com/v1/search"
params = [
    ("", "a"),
    ("", "b c"),
    ("q", "x"),
]

response = requests.get(
    url,
    params=params,
)

print(response.status_code)
print(response.text)
