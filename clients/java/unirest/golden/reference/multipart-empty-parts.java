HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
  .field("note", "", "text/plain; charset=UTF-8")
  .field("empty", new File("files/empty.txt"), "text/plain")
  .field("doc", new File("files/notes.txt"), "text/plain")
  .asString();
