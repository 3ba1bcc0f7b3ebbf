var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Put,
    RequestUri = new Uri("https://api.example.com/v1/blobs/logo"),
    Content = new ByteArrayContent(File.ReadAllBytes("files/avatar.png"))
    {
        Headers =
        {
            ContentType = MediaTypeHeaderValue.Parse("image/png"),
        }
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
