using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/me", Method.Get);
request.AddHeader("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("EXAMPLE_TOKEN") ?? "<token>"));

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
