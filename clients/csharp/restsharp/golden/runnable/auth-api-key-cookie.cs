using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/widgets", Method.Get);
request.AddHeader("Cookie", "theme=dark; api_session=" + (Environment.GetEnvironmentVariable("API_SESSION") ?? "<session-key>"));

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
