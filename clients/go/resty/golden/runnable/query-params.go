package main

import (
	"fmt"
	"log"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		Execute("GET", "https://api.example.com/v1/search?q=rock%20%26%20roll%20%3D%20fun%20%2B%20100%25%20sure&tag=first&limit=10&tag=second&empty=&filter%5Bname%5D=Zo%C3%AB%20%C5%81ukasz%20%F0%9F%8E%B8&sort%5B%5D=-created&tag=third")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
