HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/search"))
    .header("Content-Type", "application/json")
    .method("GET", HttpRequest.BodyPublishers.ofString("{\n  \"query\": {\n    \"match\": {\n      \"title\": \"snippets\"\n    }\n  },\n  \"size\": 10\n}"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
