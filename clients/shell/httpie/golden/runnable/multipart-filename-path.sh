unsupported: shell/httpie: HTTPie names a file part after its file, so the filename "reports/2026/q1.csv" of "files/data.csv" cannot be sent
