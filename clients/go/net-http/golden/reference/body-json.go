package main

import (
	"fmt"
	"strings"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/documents"

	payload := strings.NewReader("{\n  \"title\": \"Ünïcödé — 日本語 and emoji 🎉😀\",\n  \"nested\": {\n    \"list\": [\n      1,\n      \"two\",\n      3.5,\n      null,\n      true,\n      false\n    ],\n    \"object\": {\n      \"deep\": {\n        \"deeper\": [\n          {\n            \"a\": 1\n          },\n          []\n        ]\n      }\n    }\n  },\n  \"empty_object\": {},\n  \"empty_list\": [],\n  \"nothing\": null,\n  \"yes\": true,\n  \"no\": false,\n  \"big\": 9007199254740993,\n  \"negative_big\": -12345678901234567890,\n  \"float\": 3.14159,\n  \"negative\": -7,\n  \"zero\": 0\n}")

	req, _ := http.NewRequest("POST", url, payload)

	req.Header.Add("Content-Type", "application/json")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
