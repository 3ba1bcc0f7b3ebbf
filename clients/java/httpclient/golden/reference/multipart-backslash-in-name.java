String boundary = UUID.randomUUID().toString();
ByteArrayOutputStream body = new ByteArrayOutputStream();
body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dir\\name\"\r\n\r\n" + "x" + "\r\n").getBytes(StandardCharsets.UTF_8));
body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"C:\\Users\\me\\notes.txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
body.writeBytes(Files.readAllBytes(Path.of("files/notes.txt")));
body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
HttpRequest request = HttpRequest.newBuilder()
    .uri(URI.create("https://api.example.com/v1/upload"))
    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
    .method("POST", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
    .build();
HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
System.out.println(response.body());
