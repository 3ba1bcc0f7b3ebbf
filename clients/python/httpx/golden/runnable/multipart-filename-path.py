import httpx

url = "https://api.example.com/v1/upload"
files = [
    ("title", (None, "Q1")),
    ("report", ("reports/2026/q1.csv", open("files/data.csv", "rb"), "text/csv")),
]

response = httpx.request(
    "POST",
    url,
    files=files,
)

print(response.status_code)
print(response.text)
