// Unirest 1.x sends multipart without files as a urlencoded form: this goes through the Apache HttpClient under Unirest.
HttpUriRequest request = RequestBuilder.create("POST")
  .setUri("https://api.example.com/v1/upload")
  .setEntity(MultipartEntityBuilder.create()
    .setMode(HttpMultipartMode.RFC6532)
    .build())
  .build();
HttpResponse response = ClientFactory.getHttpClient().execute(request);
