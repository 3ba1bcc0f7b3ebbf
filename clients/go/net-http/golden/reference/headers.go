package main

import (
	"fmt"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/headers"

	req, _ := http.NewRequest("GET", url, nil)

	req.Header.Add("Accept", "application/json")
	req.Header.Add("X-Trace", "first")
	req.Header.Add("X-Quoted", "say \"hi\" and it's fine")
	req.Header.Add("X-Backslash", "C:\\path\\to\\file \\n not a newline")
	req.Header.Add("X-Trace", "second")
	req.Header.Add("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}")

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}
