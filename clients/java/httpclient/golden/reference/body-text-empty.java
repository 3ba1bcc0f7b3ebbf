HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/ping"))
    .header("Content-Type", "text/plain")
    .method("POST", HttpRequest.BodyPublishers.ofString(""))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
