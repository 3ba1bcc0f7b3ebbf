using RestSharp;

var client = new RestClient("https://api.github.com");
var request = new RestRequest("/markdown/raw", Method.Post);
request.AddHeader("Content-Type", "text/plain");
request.AddStringBody("{\"text\":\"Hello **world**\"}", ContentType.Plain);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
