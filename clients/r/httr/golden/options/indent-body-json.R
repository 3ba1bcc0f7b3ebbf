library(httr)

url <- "https://api.example.com/v1/documents"
payload <- r"(
{
  "title": "Ünïcödé — 日本語 and emoji 🎉😀",
  "nested": {
    "list": [
      1,
      "two",
      3.5,
      null,
      true,
      false
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
  "nothing": null,
  "yes": true,
  "no": false,
  "big": 9007199254740993,
  "negative_big": -12345678901234567890,
  "float": 3.14159,
  "negative": -7,
  "zero": 0
}
)"

response <- POST(
    url,
    content_type("application/json"),
    body = payload
)

cat(status_code(response), "\n")
cat(content(response, as = "text", encoding = "UTF-8"), "\n")
