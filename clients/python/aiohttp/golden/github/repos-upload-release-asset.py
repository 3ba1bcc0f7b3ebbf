import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets", encoded=True)
    params = [
        ("name", "NAME"),
    ]
    headers = {
        "Content-Type": "application/octet-stream",
    }
    with open("body.bin", "rb") as f:
        payload = f.read()

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            params=params,
            headers=headers,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
