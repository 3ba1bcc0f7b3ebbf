import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/forms", encoded=True)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
    }
    payload = [
        ("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"),
        ("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"),
        ("mix", "again"),
    ]

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
