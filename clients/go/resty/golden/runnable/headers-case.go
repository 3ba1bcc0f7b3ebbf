package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("accept", "application/json").
		SetHeader("X-Trace", "first"+", "+"second").
		SetHeader("user-agent", "docs-example/1.0").
		Execute("GET", "https://api.example.com/v1/headers")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
