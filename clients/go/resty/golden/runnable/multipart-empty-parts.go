package main

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/go-resty/resty/v2"
)

func main() {
	file1, err := os.Open("files/empty.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer file1.Close()
	file2, err := os.Open("files/notes.txt")
	if err != nil {
		log.Fatal(err)
	}
	defer file2.Close()

	client := resty.New()

	res, err := client.R().
		SetMultipartFields(
			&resty.MultipartField{Param: "note", Reader: strings.NewReader("")},
			&resty.MultipartField{Param: "empty", FileName: "empty.txt", ContentType: "text/plain", Reader: file1},
			&resty.MultipartField{Param: "doc", FileName: "notes.txt", ContentType: "text/plain", Reader: file2},
		).
		Execute("POST", "https://api.example.com/v1/upload")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
