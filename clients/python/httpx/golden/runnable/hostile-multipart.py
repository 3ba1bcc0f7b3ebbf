import httpx

url = "https://api.example.com/v1/forms"
files = [
    ("mix", (None, "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é")),
    ("lines", (None, "line one\nline two\r\nthen\ttab end")),
    ("file", ("it's \"notes\".txt", open("files/notes.txt", "rb"), "text/plain")),
]

response = httpx.request(
    "POST",
    url,
    files=files,
)

print(response.status_code)
print(response.text)
