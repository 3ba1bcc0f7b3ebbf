var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Get,
    RequestUri = new Uri("https://api.example.com/v1/search"),
    Content = new StringContent("{\"query\":{\"match\":{\"title\":\"snippets\"}},\"size\":10}")
    {
        Headers =
        {
            ContentType = MediaTypeHeaderValue.Parse("application/json"),
        }
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
