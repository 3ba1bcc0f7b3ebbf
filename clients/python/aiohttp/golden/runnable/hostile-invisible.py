import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/echo/a%E2%80%AEb", encoded=True)
    params = [
        ("q\u200b", "x\u2066y\u2069z"),
        ("nbsp", "a\xa0b"),
    ]
    headers = {
        "Content-Type": "application/json",
    }
    payload = {
        "rtl": "abc\u202edef",
        "zero\u200bwidth": "a\ufeffb\xa0c\U000e0041d\u3164e"
    }

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            params=params,
            headers=headers,
            json=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
