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
			&resty.MultipartField{Param: "mix", Reader: strings.NewReader("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é")},
			&resty.MultipartField{Param: "lines", Reader: strings.NewReader("line one\nline two\r\nthen\ttab end")},
			&resty.MultipartField{Param: "file", FileName: "it's \"notes\".txt", ContentType: "text/plain", Reader: file1},
		).
		Execute("POST", "https://api.example.com/v1/forms")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}
