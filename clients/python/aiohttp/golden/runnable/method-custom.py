import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://cdn.example.com/cache/images/logo.png", encoded=True)
    headers = {
        "X-Purge-Reason": "deploy",
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "PURGE",
            url,
            headers=headers,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
