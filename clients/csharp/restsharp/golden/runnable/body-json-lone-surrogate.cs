using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/echo", Method.Post);
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"key \\udbff\":\"a \\ud800 b\",\"list\":[\"\\udc00\",\"paired 😀\"]}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
