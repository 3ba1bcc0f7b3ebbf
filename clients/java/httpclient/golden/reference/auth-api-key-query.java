HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/widgets?page=2&api_key=%3Capi-key%3E"))
    .method("GET", HttpRequest.BodyPublishers.noBody())
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
