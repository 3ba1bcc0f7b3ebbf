package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()
	client.SetAllowGetMethodPayload(true)

	res, err := client.R().
		SetHeader("Content-Type", "application/json").
		SetBody(`{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}`).
		Execute("GET", "https://api.example.com/v1/search")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
