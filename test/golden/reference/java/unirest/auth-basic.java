HttpResponse<String> response = Unirest.get("https://api.example.com/v1/account")
  .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("<username>" + ":" + "<password>").getBytes(StandardCharsets.UTF_8)))
  .asString();
