import asyncio

import aiohttp
from yarl import URL


async def main():
    # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
    url = URL("https://api.github.com/repos/OWNER/REPO/issues", encoded=True)
    headers = {
        "Content-Type": "application/json",
    }
    payload = {
        "title": "Found a bug",
        "body": "I'm having a problem with this.",
        "assignees": [
            "octocat"
        ],
        "milestone": 1,
        "labels": [
            "bug"
        ]
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
