import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/tags", encoded=True)
    headers = {
        "Content-Type": "application/json",
    }
    payload = [
        {
            "name": "red",
            "weight": 1
        },
        {
            "name": "green",
            "weight": 2.5
        },
        "blue"
    ]

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "PUT",
            url,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
