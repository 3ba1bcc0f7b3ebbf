import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b", encoded=True)

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
