HttpResponse<String> response = Unirest.patch("https://api.example.com/v1/items/42")
  .header("If-Match", "\"etag-1\"")
  .header("Content-Type", "application/json")
  .body("{\n  \"count\": 4\n}")
  .asString();
