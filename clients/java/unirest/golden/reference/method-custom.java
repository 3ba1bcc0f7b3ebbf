// Unirest 1.x has no custom methods: PURGE goes through the Apache HttpClient under Unirest.
HttpUriRequest request = RequestBuilder.create("PURGE")
  .setUri("https://cdn.example.com/cache/images/logo.png")
  .addHeader("X-Purge-Reason", "deploy")
  .build();
HttpResponse response = ClientFactory.getHttpClient().execute(request);
