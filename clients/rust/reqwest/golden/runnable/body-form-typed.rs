fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .post("https://api.example.com/v1/subscribe")
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .body("email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95")
        .send()?;

    println!("{}", response.status().as_u16());
    println!("{}", response.text()?);
    Ok(())
}
