unsupported: csharp/restsharp cannot send the non-ASCII multipart name or filename "документ"/"résumé ☕.txt"
