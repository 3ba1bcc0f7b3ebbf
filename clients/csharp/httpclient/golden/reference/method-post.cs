var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/items"),
    Content = new StringContent("{\"name\":\"widget\",\"count\":3}")
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
