HttpResponse<String> response = Unirest.put("https://api.example.com/v1/raw")
  .header("Content-Type", "text/plain; charset=utf-8")
  .body("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n")
  .asString();
