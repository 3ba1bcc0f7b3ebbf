HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b"))
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
