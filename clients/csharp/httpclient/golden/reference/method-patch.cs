var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Patch,
    RequestUri = new Uri("https://api.example.com/v1/items/42"),
    Headers =
    {
        { "If-Match", "\"etag-1\"" },
    },
    Content = new StringContent("{\"count\":4}")
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
