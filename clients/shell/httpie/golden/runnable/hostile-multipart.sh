unsupported: shell/httpie: HTTPie names a file part after its file, so the filename "it's \"notes\".txt" of "files/notes.txt" cannot be sent
