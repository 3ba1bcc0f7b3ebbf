HttpResponse<String> response = Unirest.post("https://api.example.com/v1/notes")
  .header("Content-Type", "text/plain; charset=utf-8")
  .body("First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n")
  .asString();
