import asyncio
import os

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/widgets", encoded=True)
    params = [
        ("page", "2"),
        ("api_key", os.environ.get("EXAMPLE_API_KEY", "<api-key>")),
    ]

    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2.5)) as session:
        async with session.request(
            "GET",
            url,
            params=params,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
