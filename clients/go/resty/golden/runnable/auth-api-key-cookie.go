package main

import (
	"fmt"
	"log"
	"os"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	res, err := client.R().
		SetHeader("Cookie", "theme=dark; api_session="+getenv("API_SESSION", "<session-key>")).
		Execute("GET", "https://api.example.com/v1/widgets")
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
