import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.github.com/markdown/raw", encoded=True)
    headers = {
        "Content-Type": "text/plain",
    }
    payload = "{\"text\":\"Hello **world**\"}".encode()

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
