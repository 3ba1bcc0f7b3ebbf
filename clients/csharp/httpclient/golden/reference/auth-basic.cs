var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Get,
    RequestUri = new Uri("https://api.example.com/v1/account"),
    Headers =
    {
        { "Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("<username>" + ":" + "<password>")) },
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
