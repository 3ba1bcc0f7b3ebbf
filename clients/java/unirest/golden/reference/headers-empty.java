HttpResponse<String> response = Unirest.get("https://api.example.com/v1/flags")
  .header("X-Empty", "")
  .header("X-Other", "set")
  .asString();
