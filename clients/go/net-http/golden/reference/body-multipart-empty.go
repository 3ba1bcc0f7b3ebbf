package main

import (
	"fmt"
	"bytes"
	"mime/multipart"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/upload"

	payload := &bytes.Buffer{}
	writer := multipart.NewWriter(payload)
	writer.Close()

	req, _ := http.NewRequest("POST", url, payload)

	req.Header.Add("Content-Type", writer.FormDataContentType())

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
