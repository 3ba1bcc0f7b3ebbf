import requests

url = "https://api.example.com/v1/runs/42/rerun"
headers = {
    "Content-Type": "application/json",
}
# requests reads json=None as no body at all: a JSON null is sent as its text.
payload = "null"

response = requests.post(
    url,
    headers=headers,
    data=payload,
)

print(response.status_code)
print(response.text)
