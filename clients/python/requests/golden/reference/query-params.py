import requests

url = "https://api.example.com/v1/search"

querystring = [("q", "rock & roll = fun + 100% sure"), ("tag", "first"), ("limit", "10"), ("tag", "second"), ("empty", ""), ("filter[name]", "Zoë Łukasz 🎸"), ("sort[]", "-created"), ("tag", "third")]


response = requests.get(url, params=querystring)

print(response.json())
