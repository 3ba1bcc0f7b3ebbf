import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/runs/42/rerun", encoded=True)
    headers = {
        "Content-Type": "application/json",
    }
    # aiohttp reads json=None as no body at all: a JSON null is sent as its text.
    payload = b"null"

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
