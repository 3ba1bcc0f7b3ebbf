fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get("https://api.example.com/v1/account")
        .basic_auth(getenv_or("API_USERNAME", "<username>"), Some(getenv_or("API_PASSWORD", "<password>")))
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}

/// Reads a secret from the environment, falling back to the documentation's placeholder.
fn getenv_or(name: &str, fallback: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fallback.to_string())
}
