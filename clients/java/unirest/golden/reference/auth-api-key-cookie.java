HttpResponse<String> response = Unirest.get("https://api.example.com/v1/widgets")
  .header("Cookie", "theme=dark; api_session=<session-key>")
  .asString();
