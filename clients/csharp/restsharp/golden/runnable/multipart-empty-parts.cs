using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/upload", Method.Post);
request.AddFile("empty", "files/empty.txt", "text/plain");
request.AddFile("doc", "files/notes.txt", "text/plain");
// RestSharp sends every file part before the text fields, whatever order they are added in.
request.AddParameter("note", "");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
