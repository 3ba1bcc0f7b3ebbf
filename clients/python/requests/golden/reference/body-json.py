import requests

url = "https://api.example.com/v1/documents"

payload = {
    "title": "Ünïcödé — 日本語 and emoji 🎉😀",
    "nested": {
        "list": [
            1,
            "two",
            3.5,
            None,
            True,
            False
        ],
        "object": {
            "deep": {
                "deeper": [
                    {
                        "a": 1
                    },
                    []
                ]
            }
        }
    },
    "empty_object": {},
    "empty_list": [],
    "nothing": None,
    "yes": True,
    "no": False,
    "big": 9007199254740993,
    "negative_big": -12345678901234567890,
    "float": 3.14159,
    "negative": -7,
    "zero": 0
}
headers = {
    "Content-Type": "application/json"
}

response = requests.post(url, json=payload, headers=headers)

print(response.json())
