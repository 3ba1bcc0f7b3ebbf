import httpx

url = "https://api.example.com/v1/notes"
headers = {
    "Content-Type": "text/plain; charset=utf-8",
}
payload = "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n".encode()

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
