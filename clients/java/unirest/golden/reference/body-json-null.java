HttpResponse<String> response = Unirest.post("https://api.example.com/v1/runs/42/rerun")
  .header("Content-Type", "application/json")
  .body("null")
  .asString();
