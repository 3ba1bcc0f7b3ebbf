package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"time"
)

func main() {
	req, err := http.NewRequest("GET", "https://api.example.com/v1/widgets?page=2&api_key="+url.QueryEscape(getenv("EXAMPLE_API_KEY", "<api-key>")), nil)
	if err != nil {
		log.Fatal(err)
	}

	client := &http.Client{Timeout: 2500 * time.Millisecond}
	res, err := client.Do(req)
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
