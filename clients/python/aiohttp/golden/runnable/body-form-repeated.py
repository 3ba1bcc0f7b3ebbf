import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/filters", encoded=True)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
    }
    payload = [
        ("tag", "red"),
        ("tag", "red"),
        ("tag", "blue"),
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
