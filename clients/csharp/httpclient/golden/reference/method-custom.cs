var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = new HttpMethod("PURGE"),
    RequestUri = new Uri("https://cdn.example.com/cache/images/logo.png"),
    Headers =
    {
        { "X-Purge-Reason", "deploy" },
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
