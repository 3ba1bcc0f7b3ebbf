var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/forms"),
    Content = new FormUrlEncodedContent(new[]
    {
        new KeyValuePair<string, string>("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"),
        new KeyValuePair<string, string>("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"),
        new KeyValuePair<string, string>("mix", "again"),
    }),
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
