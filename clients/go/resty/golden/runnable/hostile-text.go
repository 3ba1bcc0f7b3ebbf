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
		SetBody("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n").
		Execute("PUT", "https://api.example.com/v1/raw")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
