import requests

url = "https://api.example.com/v1/upload"
headers = {
    "Content-Type": "multipart/form-data; boundary=snipgen-empty-form",
}
# requests sends no body for an empty list of files: a form without fields is its close delimiter alone.
payload = "--snipgen-empty-form--\r\n".encode()

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
