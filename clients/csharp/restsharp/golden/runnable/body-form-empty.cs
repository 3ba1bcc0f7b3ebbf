using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/logout", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
