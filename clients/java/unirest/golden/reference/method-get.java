HttpResponse<String> response = Unirest.get("https://api.example.com/v1/items/42")
  .header("Accept", "application/json")
  .asString();
