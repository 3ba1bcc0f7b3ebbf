import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.example.com/v1/upload", encoded=True)
    # MultipartWriter, not FormData: FormData sends a form without files as urlencoded.
    payload = aiohttp.MultipartWriter("form-data")
    part = payload.append("")
    part.set_content_disposition("form-data", name="note", quote_fields=False)
    part = payload.append(open("files/empty.txt", "rb"), {"Content-Type": "text/plain"})
    part.set_content_disposition("form-data", name="empty", filename="empty.txt", quote_fields=False)
    part = payload.append(open("files/notes.txt", "rb"), {"Content-Type": "text/plain"})
    part.set_content_disposition("form-data", name="doc", filename="notes.txt", quote_fields=False)

    async with aiohttp.ClientSession() as session:
        async with session.request(
            "POST",
            url,
            data=payload,
        ) as response:
            print(response.status)
            print(await response.text())


asyncio.run(main())
