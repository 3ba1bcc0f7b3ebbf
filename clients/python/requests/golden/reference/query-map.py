import requests

url = "https://api.example.com/v2/events"

querystring = [("type", "push"), ("type", "pull_request"), ("per_page", "50"), ("active", "true")]


response = requests.get(url, params=querystring)

print(response.json())
