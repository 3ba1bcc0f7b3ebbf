fn main() -> Result<(), Box<dyn std::error::Error>> {
  let agent = ureq::agent();
  let result = agent
    .request("POST", "https://api.example.com/v1/documents")
    .set("Content-Type", "application/json")
    .send_string(r#"{
  "title": "Ünïcödé — 日本語 and emoji 🎉😀",
  "nested": {
    "list": [
      1,
      "two",
      3.5,
      null,
      true,
      false
    ],
    "object": {
      "deep": {
        "deeper": [
          {
            "a": 1
          },
          []
        ]
      }
    }
  },
  "empty_object": {},
  "empty_list": [],
  "nothing": null,
  "yes": true,
  "no": false,
  "big": 9007199254740993,
  "negative_big": -12345678901234567890,
  "float": 3.14159,
  "negative": -7,
  "zero": 0
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
