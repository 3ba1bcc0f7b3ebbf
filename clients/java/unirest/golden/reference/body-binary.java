HttpResponse<String> response = Unirest.put("https://api.example.com/v1/blobs/logo")
  .header("Content-Type", "image/png")
  .body(Files.readAllBytes(Path.of("files/avatar.png")))
  .asString();
