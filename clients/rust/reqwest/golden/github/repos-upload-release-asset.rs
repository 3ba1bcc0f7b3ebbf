fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME")
        .header("Content-Type", "application/octet-stream")
        .body(std::fs::read("body.bin")?)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
