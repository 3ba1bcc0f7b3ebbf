# wget sends a body from a string or a file, so the multipart form is written to a file first.
boundary="snipgen-$RANDOM$RANDOM$RANDOM"
body=$(mktemp)
trap 'rm -f "$body"' EXIT
{
  printf -- '--%s\r\n' "$boundary"
  printf '%s\r\n' 'Content-Disposition: form-data; name="dir\\name"'
  printf '\r\n'
  printf '%s' x
  printf '\r\n'
  printf -- '--%s\r\n' "$boundary"
  printf '%s\r\n' 'Content-Disposition: form-data; name="file"; filename="C:\\Users\\me\\notes.txt"'
  printf '%s\r\n' 'Content-Type: text/plain'
  printf '\r\n'
  cat files/notes.txt
  printf '\r\n'
  printf -- '--%s--\r\n' "$boundary"
} > "$body"

wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header "Content-Type: multipart/form-data; boundary=$boundary" \
  --body-file "$body" \
  https://api.example.com/v1/upload
