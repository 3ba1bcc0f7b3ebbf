import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v2/events", encoded=True)
    params = [
        ("type", "push"),
        ("type", "pull_request"),
        ("per_page", "50"),
        ("active", "true"),
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
