HttpResponse<String> response = Unirest.get("https://api.example.com/v1/search?=a&=b%20c&q=x")
  .asString();
