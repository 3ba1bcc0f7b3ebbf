HttpResponse<String> response = Unirest.post("https://api.example.com/v1/subscribe")
  .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
  .body("email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95")
  .asString();
