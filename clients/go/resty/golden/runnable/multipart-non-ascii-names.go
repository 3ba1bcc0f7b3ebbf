package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	file1, err := os.Open("files/notes.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer file1.Close()

	client := resty.New()

	res, err := client.R().
		SetMultipartFields(
			&resty.MultipartField{Param: "título", Reader: strings.NewReader("Café ☕")},
			&resty.MultipartField{Param: "документ", FileName: "résumé ☕.txt", ContentType: "text/plain", Reader: file1},
		).
		Execute("POST", "https://api.example.com/v1/upload")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
