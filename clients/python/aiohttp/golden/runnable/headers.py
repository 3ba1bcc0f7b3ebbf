import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/headers", encoded=True)
    headers = {
        "Accept": "application/json",
        "X-Trace": "first, second",
        "X-Quoted": "say \"hi\" and it's fine",
        "X-Backslash": "C:\\path\\to\\file \\n not a newline",
        "X-Dollar": "$HOME ${x} #{x} `cmd` %s {{x}}",
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
