HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/notes"))
    .header("Content-Type", "text/plain; charset=utf-8")
    .method("POST", HttpRequest.BodyPublishers.ofString("First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
