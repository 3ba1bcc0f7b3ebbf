import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/upload", encoded=True)
    # MultipartWriter, not FormData: FormData sends a form without files as urlencoded.
    payload = aiohttp.MultipartWriter("form-data")
    part = payload.append("Café ☕")
    part.set_content_disposition("form-data", name="título", quote_fields=False)
    part = payload.append(open("files/notes.txt", "rb"), {"Content-Type": "text/plain"})
    part.set_content_disposition("form-data", name="документ", filename="résumé ☕.txt", quote_fields=False)

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
