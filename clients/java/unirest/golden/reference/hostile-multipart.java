HttpResponse<String> response = Unirest.post("https://api.example.com/v1/forms")
  .field("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é", "text/plain; charset=UTF-8")
  .field("lines", "line one\nline two\r\nthen\ttab end", "text/plain; charset=UTF-8")
  .field("file", new FileInputStream("files/notes.txt"), ContentType.parse("text/plain"), "it's \"notes\".txt")
  .asString();
