HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/tags"))
    .header("Content-Type", "application/json")
    .method("PUT", HttpRequest.BodyPublishers.ofString("[\n  {\n    \"name\": \"red\",\n    \"weight\": 1\n  },\n  {\n    \"name\": \"green\",\n    \"weight\": 2.5\n  },\n  \"blue\"\n]"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
