import httpx

url = "https://api.example.com/v1/runs/42/rerun"
headers = {
    "Content-Type": "application/json",
}
# httpx reads json=None as no body at all: a JSON null is sent as its text.
payload = b"null"

response = httpx.request(
    "POST",
    url,
    headers=headers,
    content=payload,
)

print(response.status_code)
print(response.text)
