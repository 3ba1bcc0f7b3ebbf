var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/login"),
    Content = new FormUrlEncodedContent(new[]
    {
        new KeyValuePair<string, string>("username", "jane@example.com"),
        new KeyValuePair<string, string>("password", "p&ss=w+rd 100%"),
        new KeyValuePair<string, string>("scope", "read"),
        new KeyValuePair<string, string>("scope", "write"),
        new KeyValuePair<string, string>("note", "é ☕ a+b=c&d"),
    }),
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
