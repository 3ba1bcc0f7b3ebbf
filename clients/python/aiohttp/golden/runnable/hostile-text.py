import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/raw", encoded=True)
    headers = {
        "Content-Type": "text/plain; charset=utf-8",
    }
    payload = "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n".encode()

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "PUT",
            url,
            headers=headers,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
