# Percent-encodes its argument byte by byte, for a secret in the query (wget sends the URL as written).
urlencode() {
  local LC_ALL=C s=$1 i c
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [A-Za-z0-9.~_-]) printf '%s' "$c" ;;
      *) printf '%%%02X' "'$c" ;;
    esac
  done
}

wget --quiet --output-document=- --content-on-error \
  'https://api.example.com/v1/widgets?page=2&api_key='"$(urlencode "${EXAMPLE_API_KEY:-<api-key>}")"
