using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/tags", Method.Put);
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("[{\"name\":\"red\",\"weight\":1},{\"name\":\"green\",\"weight\":2.5},\"blue\"]", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
