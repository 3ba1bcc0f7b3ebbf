fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("GET", "https://api.example.com/v1/search")
        .set("Content-Type", "application/json")
        .send_string(r#"{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}"#);
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
