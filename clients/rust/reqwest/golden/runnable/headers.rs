fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get("https://api.example.com/v1/headers")
        .header("Accept", "application/json")
        .header("X-Trace", "first")
        .header("X-Quoted", "say \"hi\" and it's fine")
        .header("X-Backslash", "C:\\path\\to\\file \\n not a newline")
        .header("X-Trace", "second")
        .header("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
