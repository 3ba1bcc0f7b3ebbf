import requests

url = "https://api.example.com/v1/upload"

files = [
    ("title", (None, "Q1")),
    ("report", ("reports/2026/q1.csv", open("files/data.csv", "rb"), "text/csv")),
]

response = requests.post(url, files=files)

print(response.json())
