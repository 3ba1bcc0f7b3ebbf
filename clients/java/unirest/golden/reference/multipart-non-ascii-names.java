// Unirest 1.x writes multipart names and filenames as ASCII: this goes through the Apache HttpClient under Unirest.
HttpUriRequest request = RequestBuilder.create("POST")
  .setUri("https://api.example.com/v1/upload")
  .setEntity(MultipartEntityBuilder.create()
    .setMode(HttpMultipartMode.RFC6532)
    .addTextBody("título", "Café ☕", ContentType.create("text/plain", StandardCharsets.UTF_8))
    .addBinaryBody("документ", new File("files/notes.txt"), ContentType.parse("text/plain"), "résumé ☕.txt")
    .build())
  .build();
HttpResponse response = ClientFactory.getHttpClient().execute(request);
