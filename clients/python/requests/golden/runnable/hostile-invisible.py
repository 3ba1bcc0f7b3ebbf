import requests

url = "https://api.example.com/v1/echo/a%E2%80%AEb"
params = [
    ("q\u200b", "x\u2066y\u2069z"),
    ("nbsp", "a\xa0b"),
]
headers = {
    "Content-Type": "application/json",
}
payload = {
    "rtl": "abc\u202edef",
    "zero\u200bwidth": "a\ufeffb\xa0c\U000e0041d\u3164e"
}

response = requests.post(
    url,
    params=params,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
