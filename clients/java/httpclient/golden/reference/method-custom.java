HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://cdn.example.com/cache/images/logo.png"))
    .header("X-Purge-Reason", "deploy")
    .method("PURGE", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
