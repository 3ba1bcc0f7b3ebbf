package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

func main() {
	data, err := os.ReadFile("body.bin")
	if err != nil {
		log.Fatal(err)
	}
	payload := bytes.NewReader(data)

	req, err := http.NewRequest("POST", "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME", payload)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Add("Content-Type", "application/octet-stream")

	res, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode)
	fmt.Println(string(body))
}
