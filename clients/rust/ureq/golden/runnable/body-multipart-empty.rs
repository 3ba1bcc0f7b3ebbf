fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A form without fields is its close delimiter alone, what a browser sends for one.
    let content_type = "multipart/form-data; boundary=snipgen-empty-form";
    let body = "--snipgen-empty-form--\r\n";
    let agent = ureq::agent();
    let result = agent
        .request("POST", "https://api.example.com/v1/upload")
        .set("Content-Type", &content_type)
        .send_string(body);
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
