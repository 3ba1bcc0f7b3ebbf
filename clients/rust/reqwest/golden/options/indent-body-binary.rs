fn main() -> Result<(), Box<dyn std::error::Error>> {
  let client = reqwest::blocking::Client::new();
  let response = client
    .put("https://api.example.com/v1/blobs/logo")
    .header("Content-Type", "image/png")
    .body(std::fs::read("files/avatar.png")?)
    .send()?;

  println!("{}", response.status().as_u16());
  println!("{}", response.text()?);
  Ok(())
}
