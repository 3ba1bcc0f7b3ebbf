fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get("https://api.example.com/v1/search")
        .header("Content-Type", "application/json")
        .body(r#"{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}"#)
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
