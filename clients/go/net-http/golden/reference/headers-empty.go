package main

import (
	"fmt"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/flags"

	req, _ := http.NewRequest("GET", url, nil)

	req.Header.Add("X-Empty", "")
	req.Header.Add("X-Other", "set")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
