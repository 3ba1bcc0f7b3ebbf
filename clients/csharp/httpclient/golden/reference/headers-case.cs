var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Get,
    RequestUri = new Uri("https://api.example.com/v1/headers"),
    Headers =
    {
        { "accept", "application/json" },
        { "X-Trace", "first" },
        { "X-Trace", "second" },
    },
};
// Headers.Add parses these headers and would throw on their values: they are sent as written.
request.Headers.TryAddWithoutValidation("user-agent", "docs-example/1.0");
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
