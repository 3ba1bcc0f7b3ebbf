using RestSharp;

var client = new RestClient("https://api.example.com/v1");
var request = new RestRequest("/items/42", Method.Patch);
request.AddHeader("If-Match", "\"etag-1\"");
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"count\":4}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
