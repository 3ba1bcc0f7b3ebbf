var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/upload"),
    Content = new MultipartFormDataContent
    {
        new StringContent("x")
        {
            Headers =
            {
                ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"dir\\\\name\""),
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("text/plain"),
                ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"file\"; filename=\"C:\\\\Users\\\\me\\\\notes.txt\""),
            }
        },
    },
};
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
