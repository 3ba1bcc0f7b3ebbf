using RestSharp;

var options = new RestClientOptions("https://api.example.com")
{
    // RestSharp appends its own product to a User-Agent header; the option replaces it.
    UserAgent = "docs-example/1.0",
};
var client = new RestClient(options);
var request = new RestRequest("/v1/headers", Method.Get);
request.AddHeader("accept", "application/json");
request.AddHeader("X-Trace", "first");
request.AddHeader("X-Trace", "second");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
