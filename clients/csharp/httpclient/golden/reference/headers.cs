var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Get,
    RequestUri = new Uri("https://api.example.com/v1/headers"),
    Headers =
    {
        { "Accept", "application/json" },
        { "X-Trace", "first" },
        { "X-Quoted", "say \"hi\" and it's fine" },
        { "X-Backslash", "C:\\path\\to\\file \\n not a newline" },
        { "X-Trace", "second" },
        { "X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}" },
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
