using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/flags", Method.Get);
request.AddHeader("X-Empty", "");
request.AddHeader("X-Other", "set");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
