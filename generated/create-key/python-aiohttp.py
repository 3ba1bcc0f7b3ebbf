import asyncio
import os

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://openrouter.ai/api/v1/keys", encoded=True)
    headers = {
        "Authorization": "Bearer " + os.environ.get("OPENROUTER_API_KEY", "<token>"),
        "Content-Type": "application/json",
    }
    payload = {
        "name": "My New API Key",
        "limit": 50,
        "limit_reset": "monthly",
        "include_byok_in_limit": True
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
