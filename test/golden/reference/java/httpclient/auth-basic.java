HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/account"))
    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("<username>" + ":" + "<password>").getBytes(StandardCharsets.UTF_8)))
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
