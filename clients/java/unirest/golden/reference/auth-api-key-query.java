HttpResponse<String> response = Unirest.get("https://api.example.com/v1/widgets?page=2&api_key=%3Capi-key%3E")
  .asString();
