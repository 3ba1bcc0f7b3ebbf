HttpResponse<String> response = Unirest.post("https://api.example.com/v1/filters")
  .header("Content-Type", "application/x-www-form-urlencoded")
  .body("tag=red&tag=red&tag=blue")
  .asString();
