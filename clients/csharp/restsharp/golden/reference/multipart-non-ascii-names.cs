var client = new RestClient("https://api.example.com/v1/upload");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
request.AddParameter("título", "Café ☕");
request.AddFile("документ", File.ReadAllBytes("files/notes.txt"), "résumé ☕.txt", "text/plain");
IRestResponse response = client.Execute(request);
