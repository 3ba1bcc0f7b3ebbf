import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/echo", encoded=True)

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "TRACE",
            url,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
