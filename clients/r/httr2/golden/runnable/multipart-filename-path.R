unsupported: r/httr2 cannot send the multipart filename "reports/2026/q1.csv" for files/data.csv: curl::form_file (curl 5.0) sends the file's own name
