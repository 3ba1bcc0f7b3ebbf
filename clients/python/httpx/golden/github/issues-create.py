import httpx

url = "https://api.github.com/repos/OWNER/REPO/issues"
headers = {
    "Content-Type": "application/json",
}
payload = {
    "title": "Found a bug",
    "body": "I'm having a problem with this.",
    "assignees": [
        "octocat"
    ],
    "milestone": 1,
    "labels": [
        "bug"
    ]
}

response = httpx.request(
    "POST",
    url,
    headers=headers,
    json=payload,
)

print(response.status_code)
print(response.text)
