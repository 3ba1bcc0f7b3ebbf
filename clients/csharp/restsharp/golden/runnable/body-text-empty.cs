using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/ping", Method.Post);
request.AddHeader("Content-Type", "text/plain");
request.AddStringBody("", ContentType.Plain);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
