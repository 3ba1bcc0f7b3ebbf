package main

import (
	"fmt"
	"log"
	"os"

	"github.com/go-resty/resty/v2"
)

func main() {
	data, err := os.ReadFile("body.bin")
	if err != nil {
		log.Fatal(err)
	}

	client := resty.New()

	res, err := client.R().
		SetHeader("Content-Type", "application/octet-stream").
		SetBody(data).
		Execute("POST", "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
