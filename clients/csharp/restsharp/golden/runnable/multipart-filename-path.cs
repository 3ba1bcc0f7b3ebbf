using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/upload", Method.Post);
request.AddFile("report", File.ReadAllBytes("files/data.csv"), "reports/2026/q1.csv", "text/csv");
// RestSharp sends every file part before the text fields, whatever order they are added in.
request.AddParameter("title", "Q1");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
