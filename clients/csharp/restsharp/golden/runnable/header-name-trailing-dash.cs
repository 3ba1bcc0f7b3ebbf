using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/items", Method.Get);
request.AddHeader("X-Trace-", "abc");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
