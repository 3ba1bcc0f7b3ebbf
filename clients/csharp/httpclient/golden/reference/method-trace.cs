var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = new HttpMethod("TRACE"),
    RequestUri = new Uri("https://api.example.com/v1/echo"),
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
