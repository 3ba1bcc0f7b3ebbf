HttpResponse<String> response = Unirest.get("https://api.example.com/v1/headers")
  .header("accept", "application/json")
  .header("X-Trace", "first")
  .header("X-Trace", "second")
  .header("user-agent", "docs-example/1.0")
  .asString();
