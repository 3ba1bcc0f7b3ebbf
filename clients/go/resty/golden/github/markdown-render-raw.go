package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("Content-Type", "text/plain").
		SetBody("{\"text\":\"Hello **world**\"}").
		Execute("POST", "https://api.github.com/markdown/raw")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
