HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/headers"))
    .header("accept", "application/json")
    .header("X-Trace", "first")
    .header("X-Trace", "second")
    .header("user-agent", "docs-example/1.0")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
