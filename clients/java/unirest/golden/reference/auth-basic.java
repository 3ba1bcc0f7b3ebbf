HttpResponse<String> response = Unirest.get("https://api.example.com/v1/account")
  .header("Authorization", "Basic PHVzZXJuYW1lPjo8cGFzc3dvcmQ+")
  .asString();
