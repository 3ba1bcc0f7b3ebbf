var client = new RestClient("https://api.example.com/v1/forms");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
request.AddParameter("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é");
request.AddParameter("lines", "line one\nline two\r\nthen\ttab end");
request.AddFile("file", File.ReadAllBytes("files/notes.txt"), "it's \"notes\".txt", "text/plain");
IRestResponse response = client.Execute(request);
