import httpx

url = "https://api.example.com/v1/upload"
files = [
    ("title", (None, "Quarterly report")),
    ("description", (None, "Line one, \"quoted\"; and ☕")),
    ("avatar", ("avatar.png", open("files/avatar.png", "rb"), "image/png")),
    ("attachments", ("notes.txt", open("files/notes.txt", "rb"), "text/plain")),
    ("attachments", ("data.csv", open("files/data.csv", "rb"), "text/csv")),
]

response = httpx.request(
    "POST",
    url,
    files=files,
    timeout=2.5,
)

print(response.status_code)
print(response.text)
