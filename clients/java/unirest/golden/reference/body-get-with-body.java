// Unirest 1.x sends no body with GET: this goes through the Apache HttpClient under Unirest.
HttpUriRequest request = RequestBuilder.create("GET")
  .setUri("https://api.example.com/v1/search")
  .addHeader("Content-Type", "application/json")
  .setEntity(new StringEntity("{\n  \"query\": {\n    \"match\": {\n      \"title\": \"snippets\"\n    }\n  },\n  \"size\": 10\n}", StandardCharsets.UTF_8))
  .build();
HttpResponse response = ClientFactory.getHttpClient().execute(request);
