package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("Content-Type", "text/plain; charset=utf-8").
		SetBody("First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n").
		Execute("POST", "https://api.example.com/v1/notes")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
