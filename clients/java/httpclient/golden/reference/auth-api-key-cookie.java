HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/widgets"))
    .header("Cookie", "theme=dark; api_session=<session-key>")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
