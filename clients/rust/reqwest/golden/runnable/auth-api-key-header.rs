fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get("https://api.example.com/v1/widgets")
        .header("X-API-Key", getenv_or("X_API_KEY", "<api-key>"))
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}

/// Reads a secret from the environment, falling back to the documentation's placeholder.
fn getenv_or(name: &str, fallback: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fallback.to_string())
}
