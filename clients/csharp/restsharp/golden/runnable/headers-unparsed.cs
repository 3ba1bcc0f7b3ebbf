using RestSharp;

var options = new RestClientOptions("https://api.example.com")
{
    // RestSharp appends its own product to a User-Agent header; the option replaces it.
    UserAgent = "agent \"quoted\"",
};
var client = new RestClient(options);
var request = new RestRequest("/v1/items", Method.Get);
request.AddHeader("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("API_TOKEN") ?? "tok\"en,with=odd"));
request.AddHeader("Accept", "not a media type");
request.AddHeader("If-None-Match", "etag-without-quotes");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
