package main

import (
	"fmt"
	"strings"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/tags"

	payload := strings.NewReader("[\n  {\n    \"name\": \"red\",\n    \"weight\": 1\n  },\n  {\n    \"name\": \"green\",\n    \"weight\": 2.5\n  },\n  \"blue\"\n]")

	req, _ := http.NewRequest("PUT", url, payload)

	req.Header.Add("Content-Type", "application/json")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
