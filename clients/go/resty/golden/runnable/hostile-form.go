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
		SetBody("mix=it%27s+a+%22mix%22+of+%5C+%24HOME+%24%7Bx%7D+%23%7Bx%7D+%5C%28x%29+%25s+%7B%7Bx%7D%7D+%60cmd%60+*%2F+%3F%3E+%22%22%22+%E2%80%A8+%F0%9F%98%80+%C3%A9&k%27%22%5C%24%60%7B%7Bx%7D%7D=line+one%0Aline+two%0D%0Athen%09tab+end&mix=again").
		Execute("POST", "https://api.example.com/v1/forms")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
