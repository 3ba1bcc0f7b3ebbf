HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/items"))
    .header("Authorization", "Bearer tok\"en,with=odd")
    .header("Accept", "not a media type")
    .header("User-Agent", "agent \"quoted\"")
    .header("If-None-Match", "etag-without-quotes")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
