import requests

url = "https://api.github.com/orgs/ORG/repos"

response = requests.get(
    url,
)

print(response.status_code)
print(response.text)
