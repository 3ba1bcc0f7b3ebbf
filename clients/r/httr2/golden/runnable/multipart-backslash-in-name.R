unsupported: r/httr2 cannot send the multipart filename "C:\\Users\\me\\notes.txt" for files/notes.txt: curl::form_file (curl 5.0) sends the file's own name
