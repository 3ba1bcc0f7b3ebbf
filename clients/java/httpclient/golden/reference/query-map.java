HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true"))
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
