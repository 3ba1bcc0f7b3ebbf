import httpx

url = "https://api.example.com/v1/upload"
files = [
    ("título", (None, "Café ☕")),
    ("документ", ("résumé ☕.txt", open("files/notes.txt", "rb"), "text/plain")),
]

response = httpx.request(
    "POST",
    url,
    files=files,
)

print(response.status_code)
print(response.text)
