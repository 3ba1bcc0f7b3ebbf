fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.example.com/v1/filters")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("tag=red&tag=red&tag=blue")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
