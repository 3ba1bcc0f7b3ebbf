package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

func main() {
	payload := strings.NewReader("{\n  \"rtl\": \"abc\u202edef\",\n  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\U000e0041d\u3164e\"\n}")

	req, err := http.NewRequest("POST", "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b", payload)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Add("Content-Type", "application/json")

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
