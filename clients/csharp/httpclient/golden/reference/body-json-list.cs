var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Put,
    RequestUri = new Uri("https://api.example.com/v1/tags"),
    Content = new StringContent("[{\"name\":\"red\",\"weight\":1},{\"name\":\"green\",\"weight\":2.5},\"blue\"]")
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
