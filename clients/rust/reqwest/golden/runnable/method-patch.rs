fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .patch("https://api.example.com/v1/items/42")
        .header("If-Match", "\"etag-1\"")
        .header("Content-Type", "application/json")
        .body(r#"{
  "count": 4
}"#)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
