import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/items", encoded=True)
    headers = {
        "Content-Type": "application/json",
    }
    payload = {
        "name": "widget",
        "count": 3
    }

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2.5)) as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
