package main

import (
    "fmt"
    "log"
    "os"

    "github.com/go-resty/resty/v2"
)

func main() {
    data, err := os.ReadFile("files/avatar.png")
    if err != nil {
        log.Fatal(err)
    }

    client := resty.New()

    res, err := client.R().
        SetHeader("Content-Type", "image/png").
        SetBody(data).
        Execute("PUT", "https://api.example.com/v1/blobs/logo")
    if err != nil {
        log.Fatal(err)
    }
    fmt.Println(res.StatusCode())
    fmt.Println(res.String())
}
