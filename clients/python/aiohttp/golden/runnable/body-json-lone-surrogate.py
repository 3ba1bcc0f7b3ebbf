import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/echo", encoded=True)
    headers = {
        "Content-Type": "application/json",
    }
    payload = {
        "key \udbff": "a \ud800 b",
        "list": [
            "\udc00",
            "paired 😀"
        ]
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
