HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/echo"))
    .header("Content-Type", "application/json")
    .method("POST", HttpRequest.BodyPublishers.ofString("{\n  \"key \\udbff\": \"a \\ud800 b\",\n  \"list\": [\n    \"\\udc00\",\n    \"paired 😀\"\n  ]\n}"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
