var client = new RestClient("https://api.example.com/v1/upload");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
request.AddParameter("title", "Quarterly report");
request.AddParameter("description", "Line one, \"quoted\"; and ☕");
request.AddFile("avatar", File.ReadAllBytes("files/avatar.png"), "avatar.png", "image/png");
request.AddFile("attachments", File.ReadAllBytes("files/notes.txt"), "notes.txt", "text/plain");
request.AddFile("attachments", File.ReadAllBytes("files/data.csv"), "data.csv", "text/csv");
IRestResponse response = client.Execute(request);
