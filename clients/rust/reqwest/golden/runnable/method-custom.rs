fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .request(reqwest::Method::from_bytes("PURGE".as_bytes())?, "https://cdn.example.com/cache/images/logo.png")
        .header("X-Purge-Reason", "deploy")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
