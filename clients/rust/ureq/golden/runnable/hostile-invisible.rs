fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("POST", "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")
        .set("Content-Type", "application/json")
        .send_string("{\n  \"rtl\": \"abc\u{202e}def\",\n  \"zero\u{200b}width\": \"a\u{feff}b\u{00a0}c\u{e0041}d\u{3164}e\"\n}");
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
