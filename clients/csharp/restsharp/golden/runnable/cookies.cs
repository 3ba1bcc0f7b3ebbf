using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/session", Method.Get);
request.AddHeader("Cookie", "session_id=abc123; theme=dark; lang=en-GB");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
