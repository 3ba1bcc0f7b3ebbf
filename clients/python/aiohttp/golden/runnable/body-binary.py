import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/blobs/logo", encoded=True)
    headers = {
        "Content-Type": "image/png",
    }
    with open("files/avatar.png", "rb") as f:
        payload = f.read()

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "PUT",
            url,
            headers=headers,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
