import requests

url = "https://api.example.com/v1/search"

querystring = [("", "a"), ("", "b c"), ("q", "x")]


response = requests.get(url, params=querystring)

print(response.json())
