using RestSharp;

var options = new RestClientOptions("https://api.example.com")
{
    Timeout = TimeSpan.FromSeconds(2.5),
};
var client = new RestClient(options);
var request = new RestRequest("/v1/widgets", Method.Get);
request.AddQueryParameter("page", "2");
request.AddQueryParameter("api_key", Environment.GetEnvironmentVariable("EXAMPLE_API_KEY") ?? "<api-key>");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
