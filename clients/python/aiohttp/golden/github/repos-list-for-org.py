import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.github.com/orgs/ORG/repos", encoded=True)

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
