package main

import (
	"fmt"
	"net/http"
	"io"
)

func main() {

	url := "https://cdn.example.com/cache/images/logo.png"

	req, _ := http.NewRequest("PURGE", url, nil)

	req.Header.Add("X-Purge-Reason", "deploy")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
