import httpx

url = "https://api.github.com/orgs/ORG/repos"

response = httpx.request(
    "GET",
    url,
)

print(response.status_code)
print(response.text)
