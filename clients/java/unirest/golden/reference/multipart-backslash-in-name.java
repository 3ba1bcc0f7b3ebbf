HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
  .field("dir\\name", "x", "text/plain; charset=UTF-8")
  .field("file", new FileInputStream("files/notes.txt"), ContentType.parse("text/plain"), "C:\\Users\\me\\notes.txt")
  .asString();
