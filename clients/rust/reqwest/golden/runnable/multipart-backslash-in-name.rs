fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Names go out as given: the literals carry a browser's escaping (", CR and LF as %22, %0D, %0A).
    let form = reqwest::blocking::multipart::Form::new()
        .percent_encode_noop()
        .text("dir\\name", "x")
        .part(
            "file",
            reqwest::blocking::multipart::Part::file("files/notes.txt")?
                .file_name("C:\\Users\\me\\notes.txt")
                .mime_str("text/plain")?,
        );
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.example.com/v1/upload")
        .multipart(form)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
