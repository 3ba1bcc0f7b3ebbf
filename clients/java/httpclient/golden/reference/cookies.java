HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/session"))
    .header("Cookie", "session_id=abc123; theme=dark; lang=en-GB")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
