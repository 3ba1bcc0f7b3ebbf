HttpResponse<String> response = Unirest.get("https://api.example.com/v1/items")
  .header("X-Trace-", "abc")
  .asString();
