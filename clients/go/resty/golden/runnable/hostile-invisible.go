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
		SetBody("{\n  \"rtl\": \"abc\u202edef\",\n  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\U000e0041d\u3164e\"\n}").
		Execute("POST", "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
