fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder()
        .timeout(std::time::Duration::from_millis(2500))
        .build()?;
    let response = client
        .post("https://api.example.com/v1/items")
        .header("Content-Type", "application/json")
        .body(r#"{
  "name": "widget",
  "count": 3
}"#)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
