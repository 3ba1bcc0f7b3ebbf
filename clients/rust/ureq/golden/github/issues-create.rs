fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("POST", "https://api.github.com/repos/OWNER/REPO/issues")
        .set("Content-Type", "application/json")
        .send_string(r#"{
  "title": "Found a bug",
  "body": "I'm having a problem with this.",
  "assignees": [
    "octocat"
  ],
  "milestone": 1,
  "labels": [
    "bug"
  ]
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
