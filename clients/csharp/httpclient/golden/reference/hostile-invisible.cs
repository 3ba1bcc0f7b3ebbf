var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"),
    Content = new StringContent("{\"rtl\":\"abc\u202edef\",\"zero\u200bwidth\":\"a\ufeffb\u00a0c\U000e0041d\u3164e\"}")
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
