String boundary = UUID.randomUUID().toString();
ByteArrayOutputStream body = new ByteArrayOutputStream();
body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mix\"\r\n\r\n" + "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é" + "\r\n").getBytes(StandardCharsets.UTF_8));
body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lines\"\r\n\r\n" + "line one\nline two\r\nthen\ttab end" + "\r\n").getBytes(StandardCharsets.UTF_8));
body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"it's %22notes%22.txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
body.writeBytes(Files.readAllBytes(Path.of("files/notes.txt")));
body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/forms"))
    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
    .method("POST", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
