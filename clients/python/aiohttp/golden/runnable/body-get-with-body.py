import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/search", encoded=True)
    headers = {
        "Content-Type": "application/json",
    }
    payload = {
        "query": {
            "match": {
                "title": "snippets"
            }
        },
        "size": 10
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
