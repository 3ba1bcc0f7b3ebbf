package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
)

func main() {
	req, err := http.NewRequest("GET", "https://api.example.com/v1/items", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Add("Authorization", "Bearer "+getenv("API_TOKEN", "tok\"en,with=odd"))
	req.Header.Add("Accept", "not a media type")
	req.Header.Add("User-Agent", "agent \"quoted\"")
	req.Header.Add("If-None-Match", "etag-without-quotes")

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

// getenv reads a secret from the environment, falling back to the documentation's placeholder.
func getenv(name, fallback string) string {
	if value, ok := os.LookupEnv(name); ok {
		return value
	}
	return fallback
}
