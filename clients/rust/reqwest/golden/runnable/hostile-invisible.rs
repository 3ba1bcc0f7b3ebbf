fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")
        .header("Content-Type", "application/json")
        .body("{\n  \"rtl\": \"abc\u{202e}def\",\n  \"zero\u{200b}width\": \"a\u{feff}b\u{00a0}c\u{e0041}d\u{3164}e\"\n}")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
