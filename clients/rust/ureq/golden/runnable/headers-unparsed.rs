fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("GET", "https://api.example.com/v1/items")
        .set("Authorization", &["Bearer ", &getenv_or("API_TOKEN", "tok\"en,with=odd")].concat())
        .set("Accept", "not a media type")
        .set("User-Agent", "agent \"quoted\"")
        .set("If-None-Match", "etag-without-quotes")
        .call();
    // An error status comes back as Err, with the response: it is printed like any other.
    let response = match result {
        Ok(response) => response,
        Err(ureq::Error::Status(_, response)) => response,
        Err(error) => return Err(error.into()),
    };

    println!("{}", response.status());
    println!("{}", response.into_string()?);
    Ok(())
}

/// Reads a secret from the environment, falling back to the documentation's placeholder.
fn getenv_or(name: &str, fallback: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fallback.to_string())
}
