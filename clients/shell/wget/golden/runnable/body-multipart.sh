unsupported: shell/wget cannot express a multipart body (wget sends a body from a string or a file, and cannot build multipart/form-data) (endpoint "body-multipart")
