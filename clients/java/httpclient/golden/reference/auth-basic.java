HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/account"))
    .header("Authorization", "Basic PHVzZXJuYW1lPjo8cGFzc3dvcmQ+")
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
