var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/subscribe"),
    Content = new FormUrlEncodedContent(new[]
    {
        new KeyValuePair<string, string>("email", "jane@example.com"),
        new KeyValuePair<string, string>("topic", "news & offers"),
        new KeyValuePair<string, string>("topic", "é ☕"),
    })
    {
        Headers =
        {
            ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=UTF-8"),
        }
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
