package main

import (
	"fmt"
	"log"
	"net/url"
	"os"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		Execute("GET", "https://api.example.com/v1/widgets?page=2&api_key="+url.QueryEscape(getenv("EXAMPLE_API_KEY", "<api-key>")))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.StatusCode())
	fmt.Println(res.String())
}

// getenv reads a secret from the environment, falling back to the documentation's placeholder.
func getenv(name, fallback string) string {
	if value, ok := os.LookupEnv(name); ok {
		return value
	}
	return fallback
}
