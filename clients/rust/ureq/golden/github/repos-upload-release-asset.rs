fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("POST", "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME")
        .set("Content-Type", "application/octet-stream")
        .send_bytes(&std::fs::read("body.bin")?);
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
