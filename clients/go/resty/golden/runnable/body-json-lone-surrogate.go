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
  "key \udbff": "a \ud800 b",
  "list": [
    "\udc00",
    "paired 😀"
  ]
}`).
		Execute("POST", "https://api.example.com/v1/echo")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
