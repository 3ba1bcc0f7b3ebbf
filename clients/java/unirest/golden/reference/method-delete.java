HttpResponse<String> response = Unirest.delete("https://api.example.com/v1/items/42")
  .header("Accept", "application/json")
  .asString();
