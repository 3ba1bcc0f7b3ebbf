unsupported: php/http cannot send the empty value of header X-Empty (endpoint "headers-empty"): http\Client sends headers through libcurl, which drops a header line without a value
