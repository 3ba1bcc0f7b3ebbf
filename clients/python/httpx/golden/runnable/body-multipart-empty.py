import httpx

url = "https://api.example.com/v1/upload"
headers = {
    "Content-Type": "multipart/form-data; boundary=snipgen-empty-form",
}
# httpx sends no body for an empty list of files: a form without fields is its close delimiter alone.
payload = "--snipgen-empty-form--\r\n".encode()

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
