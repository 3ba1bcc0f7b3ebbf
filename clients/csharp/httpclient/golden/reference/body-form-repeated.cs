var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/filters"),
    Content = new FormUrlEncodedContent(new[]
    {
        new KeyValuePair<string, string>("tag", "red"),
        new KeyValuePair<string, string>("tag", "red"),
        new KeyValuePair<string, string>("tag", "blue"),
    }),
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
