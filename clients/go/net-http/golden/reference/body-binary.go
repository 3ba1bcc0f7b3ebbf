package main

import (
	"fmt"
	"bytes"
	"os"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/blobs/logo"

	data, _ := os.ReadFile("files/avatar.png")
	payload := bytes.NewReader(data)

	req, _ := http.NewRequest("PUT", url, payload)

	req.Header.Add("Content-Type", "image/png")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
