package main

import (
	"fmt"
	"bytes"
	"mime/multipart"
	"net/textproto"
	"strings"
	"os"
	"net/http"
	"io"
)

func main() {

	url := "https://api.example.com/v1/upload"

	payload := &bytes.Buffer{}
	writer := multipart.NewWriter(payload)
	writer.WriteField("dir\\name", "x")
	addFile(writer, "file", "C:\\Users\\me\\notes.txt", "text/plain", "files/notes.txt")
	writer.Close()

	req, _ := http.NewRequest("POST", url, payload)

	req.Header.Add("Content-Type", writer.FormDataContentType())

	res, _ := http.DefaultClient.Do(req)

	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)

	fmt.Println(res)
	fmt.Println(string(body))

}

// quoteEscaper escapes a part's name or filename: quotes as multipart.Writer does, line breaks
// as browsers do (%0D, %0A), since a raw one would end the part's header.
var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "%0D", "\n", "%0A")

// addFile adds a file part; multipart.Writer.CreateFormFile would label it application/octet-stream.
func addFile(writer *multipart.Writer, field, filename, contentType, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	header := textproto.MIMEHeader{}
	header.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteEscaper.Replace(field), quoteEscaper.Replace(filename)))
	header.Set("Content-Type", contentType)
	part, err := writer.CreatePart(header)
	if err != nil {
		return err
	}
	_, err = part.Write(data)
	return err
}
