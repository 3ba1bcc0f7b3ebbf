import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC", encoded=True)

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
