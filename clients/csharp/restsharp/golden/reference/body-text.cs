var client = new RestClient("https://api.example.com/v1/notes");
var request = new RestRequest(Method.POST);
request.AddHeader("Content-Type", "text/plain; charset=utf-8");
request.AddParameter("text/plain; charset=utf-8", "First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
