fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Names go out as given: the literals carry a browser's escaping (", CR and LF as %22, %0D, %0A).
    let form = reqwest::blocking::multipart::Form::new()
        .percent_encode_noop()
        .text("title", "Quarterly report")
        .text("description", "Line one, \"quoted\"; and ☕")
        .part(
            "avatar",
            reqwest::blocking::multipart::Part::file("files/avatar.png")?
                .file_name("avatar.png")
                .mime_str("image/png")?,
        )
        .part(
            "attachments",
            reqwest::blocking::multipart::Part::file("files/notes.txt")?
                .file_name("notes.txt")
                .mime_str("text/plain")?,
        )
        .part(
            "attachments",
            reqwest::blocking::multipart::Part::file("files/data.csv")?
                .file_name("data.csv")
                .mime_str("text/csv")?,
        );
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_millis(2500))
        .build()?;
    let response = client
        .post("https://api.example.com/v1/upload")
        .multipart(form)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
