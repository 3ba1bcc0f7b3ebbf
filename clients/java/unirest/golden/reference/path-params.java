// Unirest 1.x would send %2F in the path as "/": this goes through the Apache HttpClient under Unirest.
HttpUriRequest request = RequestBuilder.create("GET")
  .setUri("https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC")
  .build();
HttpResponse response = ClientFactory.getHttpClient().execute(request);
