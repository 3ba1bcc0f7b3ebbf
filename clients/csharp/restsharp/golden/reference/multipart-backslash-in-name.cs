var client = new RestClient("https://api.example.com/v1/upload");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
request.AddParameter("dir\\name", "x");
request.AddFile("file", File.ReadAllBytes("files/notes.txt"), "C:\\Users\\me\\notes.txt", "text/plain");
IRestResponse response = client.Execute(request);
