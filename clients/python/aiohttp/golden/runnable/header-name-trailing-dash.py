import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/items", encoded=True)
    headers = {
        "X-Trace-": "abc",
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
            headers=headers,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
