import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/login", encoded=True)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
    }
    payload = [
        ("username", "jane@example.com"),
        ("password", "p&ss=w+rd 100%"),
        ("scope", "read"),
        ("scope", "write"),
        ("note", "é ☕ a+b=c&d"),
    ]

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
