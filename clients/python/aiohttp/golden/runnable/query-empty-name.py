import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/search", encoded=True)
    params = [
        ("", "a"),
        ("", "b c"),
        ("q", "x"),
    ]

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
            params=params,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
