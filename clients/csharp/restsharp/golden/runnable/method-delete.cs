using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/items/42", Method.Delete);
request.AddHeader("Accept", "application/json");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
