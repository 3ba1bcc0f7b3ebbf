var client = new RestClient("https://api.example.com/v1/upload");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
request.AddParameter("note", "");
request.AddFile("empty", File.ReadAllBytes("files/empty.txt"), "empty.txt", "text/plain");
request.AddFile("doc", File.ReadAllBytes("files/notes.txt"), "notes.txt", "text/plain");
IRestResponse response = client.Execute(request);
