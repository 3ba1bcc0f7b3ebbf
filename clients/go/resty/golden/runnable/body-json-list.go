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
		SetBody(`[
  {
    "name": "red",
    "weight": 1
  },
  {
    "name": "green",
    "weight": 2.5
  },
  "blue"
]`).
		Execute("PUT", "https://api.example.com/v1/tags")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
