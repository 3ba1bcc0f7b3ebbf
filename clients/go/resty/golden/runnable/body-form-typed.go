package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").
		// SetFormData would sort the fields by name; the encoded text keeps their order.
		SetBody("email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95").
		Execute("POST", "https://api.example.com/v1/subscribe")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
