HttpResponse<String> response = Unirest.post("https://api.example.com/v1/items")
  .header("Content-Type", "application/json")
  .body("{\n  \"name\": \"widget\",\n  \"count\": 3\n}")
  .asString();
