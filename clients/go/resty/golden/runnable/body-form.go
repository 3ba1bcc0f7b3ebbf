package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("Content-Type", "application/x-www-form-urlencoded").
		// SetFormData would sort the fields by name; the encoded text keeps their order.
		SetBody("username=jane%40example.com&password=p%26ss%3Dw%2Brd+100%25&scope=read&scope=write&note=%C3%A9+%E2%98%95+a%2Bb%3Dc%26d").
		Execute("POST", "https://api.example.com/v1/login")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
