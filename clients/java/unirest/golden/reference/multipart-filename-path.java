HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
  .field("title", "Q1", "text/plain; charset=UTF-8")
  .field("report", new FileInputStream("files/data.csv"), ContentType.parse("text/csv"), "reports/2026/q1.csv")
  .asString();
