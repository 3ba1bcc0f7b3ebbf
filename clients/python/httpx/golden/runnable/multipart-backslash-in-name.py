import httpx

url = "https://api.example.com/v1/upload"
files = [
    ("dir\\name", (None, "x")),
    ("file", ("C:\\Users\\me\\notes.txt", open("files/notes.txt", "rb"), "text/plain")),
]

response = httpx.request(
    "POST",
    url,
    files=files,
)

print(response.status_code)
print(response.text)
