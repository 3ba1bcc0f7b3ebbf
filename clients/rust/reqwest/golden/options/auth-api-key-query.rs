fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_millis(2500))
        .build()?;
    let response = client
        .get(["https://api.example.com/v1/widgets?page=2&api_key=", &url_encode(&getenv_or("EXAMPLE_API_KEY", "<api-key>"))].concat())
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}

/// Reads a secret from the environment, falling back to the documentation's placeholder.
fn getenv_or(name: &str, fallback: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fallback.to_string())
}

/// Percent-encodes a value for a URL query (everything but unreserved characters).
fn url_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{:02X}", b),
        })
        .collect()
}
