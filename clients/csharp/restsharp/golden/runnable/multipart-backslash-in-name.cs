unsupported: csharp/restsharp cannot send the multipart field name "dir\\name" (a quote, backslash or non-ASCII character)
