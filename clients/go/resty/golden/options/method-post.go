package main

import (
	"fmt"
	"log"
	"time"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()
	client.SetTimeout(2500 * time.Millisecond)

	res, err := client.R().
		SetHeader("Content-Type", "application/json").
		SetBody(`{
  "name": "widget",
  "count": 3
}`).
		Execute("POST", "https://api.example.com/v1/items")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
