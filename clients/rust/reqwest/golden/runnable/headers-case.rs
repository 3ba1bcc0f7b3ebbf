fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get("https://api.example.com/v1/headers")
        .header("accept", "application/json")
        .header("X-Trace", "first")
        .header("X-Trace", "second")
        .header("user-agent", "docs-example/1.0")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
