package main

import (
    "bytes"
    "fmt"
    "io"
    "log"
    "net/http"
    "os"
)

func main() {
    data, err := os.ReadFile("files/avatar.png")
    if err != nil {
        log.Fatal(err)
    }
    payload := bytes.NewReader(data)

    req, err := http.NewRequest("PUT", "https://api.example.com/v1/blobs/logo", payload)
    if err != nil {
        log.Fatal(err)
    }
    req.Header.Add("Content-Type", "image/png")

    res, err := http.DefaultClient.Do(req)
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
