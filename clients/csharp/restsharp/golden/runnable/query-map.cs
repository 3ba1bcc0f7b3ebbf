using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v2/events", Method.Get);
request.AddQueryParameter("type", "push");
request.AddQueryParameter("type", "pull_request");
request.AddQueryParameter("per_page", "50");
request.AddQueryParameter("active", "true");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
