HttpResponse<String> response = Unirest.put("https://api.example.com/v1/tags")
  .header("Content-Type", "application/json")
  .body("[\n  {\n    \"name\": \"red\",\n    \"weight\": 1\n  },\n  {\n    \"name\": \"green\",\n    \"weight\": 2.5\n  },\n  \"blue\"\n]")
  .asString();
