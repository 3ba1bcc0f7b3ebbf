unsupported: shell/httpie: HTTPie names a file part after its file, so the filename "résumé ☕.txt" of "files/notes.txt" cannot be sent
