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
		SetBody("tag=red&tag=red&tag=blue").
		Execute("POST", "https://api.example.com/v1/filters")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
