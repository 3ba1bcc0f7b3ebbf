HttpResponse<String> response = Unirest.get("https://api.example.com/v1/session")
  .header("Cookie", "session_id=abc123; theme=dark; lang=en-GB")
  .asString();
