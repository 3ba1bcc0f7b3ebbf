HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/filters"))
    .header("Content-Type", "application/x-www-form-urlencoded")
    .method("POST", HttpRequest.BodyPublishers.ofString("tag=red&tag=red&tag=blue"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
