fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.example.com/v1/upload")
        // reqwest has no empty form: the close delimiter alone is what a browser sends for one.
        .header("Content-Type", "multipart/form-data; boundary=snipgen-empty-form")
        .body("--snipgen-empty-form--\r\n")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
