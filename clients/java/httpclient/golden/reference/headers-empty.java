HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/flags"))
    .header("X-Empty", "")
    .header("X-Other", "set")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
