import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/upload", encoded=True)
    # MultipartWriter, not FormData: FormData sends a form without files as urlencoded.
    payload = aiohttp.MultipartWriter("form-data")

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
