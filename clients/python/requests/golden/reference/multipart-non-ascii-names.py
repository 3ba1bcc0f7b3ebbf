import requests

url = "https://api.example.com/v1/upload"

files = [
    ("título", (None, "Café ☕")),
    ("документ", ("résumé ☕.txt", open("files/notes.txt", "rb"), "text/plain")),
]

response = requests.post(url, files=files)

print(response.json())
