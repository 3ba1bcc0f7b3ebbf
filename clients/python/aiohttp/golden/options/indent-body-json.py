import asyncio

import aiohttp
from yarl import URL


async def main():
  # encoded=True: the URL is sent as written (yarl would otherwise re-quote its path).
  url = URL("https://api.example.com/v1/documents", encoded=True)
  headers = {
    "Content-Type": "application/json",
  }
  payload = {
    "title": "Ünïcödé — 日本語 and emoji 🎉😀",
    "nested": {
      "list": [
        1,
        "two",
        3.5,
        None,
        True,
        False
      ],
      "object": {
        "deep": {
          "deeper": [
            {
              "a": 1
            },
            []
          ]
        }
      }
    },
    "empty_object": {},
    "empty_list": [],
    "nothing": None,
    "yes": True,
    "no": False,
    "big": 9007199254740993,
    "negative_big": -12345678901234567890,
    "float": 3.14159,
    "negative": -7,
    "zero": 0
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
