package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

func main() {
	// url.Values.Encode would sort the fields by name; the encoded text keeps their order.
	payload := strings.NewReader("tag=red&tag=red&tag=blue")

	req, err := http.NewRequest("POST", "https://api.example.com/v1/filters", payload)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")

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
