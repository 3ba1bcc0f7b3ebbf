import requests

url = "https://api.example.com/v1/widgets"

querystring = [("page", "2"), ("api_key", "<api-key>")]


response = requests.get(url, params=querystring)

print(response.json())
