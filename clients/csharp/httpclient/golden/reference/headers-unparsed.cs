var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Get,
    RequestUri = new Uri("https://api.example.com/v1/items"),
};
// Headers.Add parses these headers and would throw on their values: they are sent as written.
request.Headers.TryAddWithoutValidation("Authorization", "Bearer tok\"en,with=odd");
request.Headers.TryAddWithoutValidation("Accept", "not a media type");
request.Headers.TryAddWithoutValidation("User-Agent", "agent \"quoted\"");
request.Headers.TryAddWithoutValidation("If-None-Match", "etag-without-quotes");
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
