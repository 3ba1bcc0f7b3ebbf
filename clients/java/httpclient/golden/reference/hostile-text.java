HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/raw"))
    .header("Content-Type", "text/plain; charset=utf-8")
    .method("PUT", HttpRequest.BodyPublishers.ofString("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n"))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
