HttpResponse<String> response = Unirest.get("https://api.example.com/v1/widgets")
  .header("X-API-Key", "<api-key>")
  .asString();
