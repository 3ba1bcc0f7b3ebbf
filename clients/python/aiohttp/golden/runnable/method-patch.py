import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/items/42", encoded=True)
    headers = {
        "If-Match": "\"etag-1\"",
        "Content-Type": "application/json",
    }
    payload = {
        "count": 4
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "PATCH",
            url,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
