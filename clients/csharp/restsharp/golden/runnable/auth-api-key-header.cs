using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/widgets", Method.Get);
request.AddHeader("X-API-Key", Environment.GetEnvironmentVariable("X_API_KEY") ?? "<api-key>");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
