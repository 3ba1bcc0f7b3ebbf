HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/blobs/logo"))
    .header("Content-Type", "image/png")
    .method("PUT", HttpRequest.BodyPublishers.ofFile(Path.of("files/avatar.png")))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
