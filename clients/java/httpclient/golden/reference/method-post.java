HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/items"))
    .header("Content-Type", "application/json")
    .method("POST", HttpRequest.BodyPublishers.ofString("{\n  \"name\": \"widget\",\n  \"count\": 3\n}"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
