import httpx

url = "https://api.example.com/v1/upload"
files = [
    ("note", (None, "")),
    ("empty", ("empty.txt", open("files/empty.txt", "rb"), "text/plain")),
    ("doc", ("notes.txt", open("files/notes.txt", "rb"), "text/plain")),
]

response = httpx.request(
    "POST",
    url,
    files=files,
)

print(response.status_code)
print(response.text)
