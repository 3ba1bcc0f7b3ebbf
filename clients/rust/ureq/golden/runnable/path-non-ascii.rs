fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("GET", "https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b")
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
