fn main() -> Result<(), Box<dyn std::error::Error>> {
    // ureq 2 has no multipart support: the body is built here. Each part is
    // (Content-Disposition, Content-Type or None, contents).
    let parts: Vec<(&str, Option<&str>, Vec<u8>)> = vec![
        ("form-data; name=\"dir\\name\"", None, "x".as_bytes().to_vec()),
        ("form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"", Some("text/plain"), std::fs::read("files/notes.txt")?),
    ];
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_nanos();
    let boundary = format!("snipgen-{:x}-{:x}", nanos, std::process::id());
    let mut body = Vec::new();
    for (disposition, content_type, contents) in &parts {
        body.extend_from_slice(format!("--{}\r\nContent-Disposition: {}\r\n", boundary, disposition).as_bytes());
        if let Some(content_type) = content_type {
            body.extend_from_slice(format!("Content-Type: {}\r\n", content_type).as_bytes());
        }
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(contents);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{}--\r\n", boundary).as_bytes());
    let content_type = format!("multipart/form-data; boundary={}", boundary);
    let agent = ureq::agent();
    let result = agent
        .request("POST", "https://api.example.com/v1/upload")
        .set("Content-Type", &content_type)
        .send_bytes(&body);
    // An error status comes back as Err, with the response: it is printed like any other.
    let response = match result {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(error) => return Err(error.into()),
    };

    println!("{}", response.status());
    println!("{}", response.into_string()?);
    Ok(())
}
