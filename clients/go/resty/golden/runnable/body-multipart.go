package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	file1, err := os.Open("files/avatar.png")
	if err != nil {
		log.Fatal(err)
	}
	defer file1.Close()
	file2, err := os.Open("files/notes.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer file2.Close()
	file3, err := os.Open("files/data.csv")
	if err != nil {
		log.Fatal(err)
	}
	defer file3.Close()

	client := resty.New()

	res, err := client.R().
		SetMultipartFields(
			&resty.MultipartField{Param: "title", Reader: strings.NewReader("Quarterly report")},
			&resty.MultipartField{Param: "description", Reader: strings.NewReader("Line one, \"quoted\"; and ☕")},
			&resty.MultipartField{Param: "avatar", FileName: "avatar.png", ContentType: "image/png", Reader: file1},
			&resty.MultipartField{Param: "attachments", FileName: "notes.txt", ContentType: "text/plain", Reader: file2},
			&resty.MultipartField{Param: "attachments", FileName: "data.csv", ContentType: "text/csv", Reader: file3},
		).
		Execute("POST", "https://api.example.com/v1/upload")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
