fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("POST", "https://api.example.com/v1/subscribe")
        .set("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .send_string("email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95");
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
