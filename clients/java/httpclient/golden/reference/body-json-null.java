HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/runs/42/rerun"))
    .header("Content-Type", "application/json")
    .method("POST", HttpRequest.BodyPublishers.ofString("null"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
