fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.example.com/v1/echo")
        .header("Content-Type", "application/json")
        .body(r#"{
  "key \udbff": "a \ud800 b",
  "list": [
    "\udc00",
    "paired 😀"
  ]
}"#)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
