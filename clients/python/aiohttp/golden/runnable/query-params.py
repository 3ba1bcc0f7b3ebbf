import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/search", encoded=True)
    params = [
        ("q", "rock & roll = fun + 100% sure"),
        ("tag", "first"),
        ("limit", "10"),
        ("tag", "second"),
        ("empty", ""),
        ("filter[name]", "Zoë Łukasz 🎸"),
        ("sort[]", "-created"),
        ("tag", "third"),
    ]

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "GET",
            url,
            params=params,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
