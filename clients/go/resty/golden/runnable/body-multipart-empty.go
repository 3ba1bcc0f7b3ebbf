package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		// resty writes a form without parts as no body at all; this is the empty form's close delimiter.
		SetHeader("Content-Type", "multipart/form-data; boundary=snipgen-empty-form").
		SetBody("--snipgen-empty-form--\r\n").
		Execute("POST", "https://api.example.com/v1/upload")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
