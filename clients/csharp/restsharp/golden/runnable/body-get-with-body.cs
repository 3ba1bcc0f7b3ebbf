using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/search", Method.Get);
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"query\":{\"match\":{\"title\":\"snippets\"}},\"size\":10}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
