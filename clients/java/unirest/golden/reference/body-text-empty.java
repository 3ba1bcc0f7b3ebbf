HttpResponse<String> response = Unirest.post("https://api.example.com/v1/ping")
  .header("Content-Type", "text/plain")
  .body("")
  .asString();
