library(httr2)

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

request <- request("https://api.example.com/v1/documents") |>
    req_body_raw(payload, type = "application/json") |>
    # Return an error status's response instead of raising it.
    req_error(is_error = function(response) FALSE)

response <- req_perform(request)

cat(resp_status(response), "\n")
cat(resp_body_string(response), "\n")
