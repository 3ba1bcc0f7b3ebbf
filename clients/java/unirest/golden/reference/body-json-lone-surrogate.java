HttpResponse<String> response = Unirest.post("https://api.example.com/v1/echo")
  .header("Content-Type", "application/json")
  .body("{\n  \"key \\udbff\": \"a \\ud800 b\",\n  \"list\": [\n    \"\\udc00\",\n    \"paired 😀\"\n  ]\n}")
  .asString();
