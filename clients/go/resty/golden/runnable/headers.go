package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("Accept", "application/json").
		SetHeader("X-Trace", "first"+", "+"second").
		SetHeader("X-Quoted", "say \"hi\" and it's fine").
		SetHeader("X-Backslash", "C:\\path\\to\\file \\n not a newline").
		SetHeader("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}").
		Execute("GET", "https://api.example.com/v1/headers")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
