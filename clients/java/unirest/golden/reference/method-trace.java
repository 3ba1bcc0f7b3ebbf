// Unirest 1.x has no custom methods: TRACE goes through the Apache HttpClient under Unirest.
HttpUriRequest request = RequestBuilder.create("TRACE")
  .setUri("https://api.example.com/v1/echo")
  .build();
HttpResponse response = ClientFactory.getHttpClient().execute(request);
