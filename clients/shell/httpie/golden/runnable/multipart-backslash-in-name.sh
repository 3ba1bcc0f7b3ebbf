unsupported: shell/httpie: HTTPie names a file part after its file, so the filename "C:\\Users\\me\\notes.txt" of "files/notes.txt" cannot be sent
