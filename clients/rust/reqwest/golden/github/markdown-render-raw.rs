fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.github.com/markdown/raw")
        .header("Content-Type", "text/plain")
        .body("{\"text\":\"Hello **world**\"}")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
