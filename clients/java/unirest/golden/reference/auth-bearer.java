HttpResponse<String> response = Unirest.get("https://api.example.com/v1/me")
  .header("Authorization", "Bearer <token>")
  .asString();
