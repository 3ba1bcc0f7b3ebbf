HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/items/42"))
    .header("If-Match", "\"etag-1\"")
    .header("Content-Type", "application/json")
    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\n  \"count\": 4\n}"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
