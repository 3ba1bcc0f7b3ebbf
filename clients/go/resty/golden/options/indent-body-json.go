package main

import (
    "fmt"
    "log"

    "github.com/go-resty/resty/v2"
)

func main() {
    client := resty.New()

    res, err := client.R().
        SetHeader("Content-Type", "application/json").
        SetBody(`{
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
}`).
        Execute("POST", "https://api.example.com/v1/documents")
    if err != nil {
        log.Fatal(err)
    }
    fmt.Println(res.StatusCode())
    fmt.Println(res.String())
}
