import asyncio
import os
from base64 import b64encode

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/account", encoded=True)
    headers = {
        "Authorization": "Basic " + b64encode((os.environ.get("API_USERNAME", "<username>") + ":" + os.environ.get("API_PASSWORD", "<password>")).encode()).decode(),
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
            headers=headers,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
