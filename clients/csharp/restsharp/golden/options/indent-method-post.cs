using RestSharp;

var client = new RestClient("https://api.example.com/v1");
var request = new RestRequest("/items", Method.Post);
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"name\":\"widget\",\"count\":3}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
