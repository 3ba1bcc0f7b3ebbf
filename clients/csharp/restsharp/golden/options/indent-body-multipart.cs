using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/upload", Method.Post);
request.AddFile("avatar", "files/avatar.png", "image/png");
request.AddFile("attachments", "files/notes.txt", "text/plain");
request.AddFile("attachments", "files/data.csv", "text/csv");
// RestSharp sends every file part before the text fields, whatever order they are added in.
request.AddParameter("title", "Quarterly report");
request.AddParameter("description", "Line one, \"quoted\"; and ☕");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
