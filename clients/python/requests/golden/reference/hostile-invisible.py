import requests

url = "https://api.example.com/v1/echo/a%E2%80%AEb"

querystring = [("q\u200b", "x\u2066y\u2069z"), ("nbsp", "a\xa0b")]

payload = {
    "rtl": "abc\u202edef",
    "zero\u200bwidth": "a\ufeffb\xa0c\U000e0041d\u3164e"
}
headers = {
    "Content-Type": "application/json"
}

response = requests.post(url, json=payload, headers=headers, params=querystring)

print(response.json())
