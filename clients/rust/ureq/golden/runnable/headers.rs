fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = ureq::agent();
    let result = agent
        .request("GET", "https://api.example.com/v1/headers")
        .set("Accept", "application/json")
        .set("X-Trace", "first, second")
        .set("X-Quoted", "say \"hi\" and it's fine")
        .set("X-Backslash", "C:\\path\\to\\file \\n not a newline")
        .set("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}")
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
