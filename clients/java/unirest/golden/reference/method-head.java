HttpResponse<String> response = Unirest.head("https://api.example.com/v1/items/42")
  .header("Accept", "application/json")
  .asString();
