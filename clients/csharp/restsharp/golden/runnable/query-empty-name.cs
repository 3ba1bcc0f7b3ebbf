using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/search?=a&=b%20c", Method.Get);
request.AddQueryParameter("q", "x");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
