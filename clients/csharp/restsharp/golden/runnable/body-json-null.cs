using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/runs/42/rerun", Method.Post);
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("null", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
