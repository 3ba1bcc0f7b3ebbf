var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/upload"),
    Content = new MultipartFormDataContent
    {
        new StringContent("Café ☕")
        {
            Headers =
            {
                ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"título\""),
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("text/plain"),
                ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"документ\"; filename=\"résumé ☕.txt\""),
            }
        },
    },
};
// .NET writes part headers in Latin-1 unless told otherwise.
((MultipartFormDataContent)request.Content).HeaderEncodingSelector = (_, _) => Encoding.UTF8;
using (var response = await client.SendAsync(request))
{
    response.EnsureSuccessStatusCode();
    var body = await response.Content.ReadAsStringAsync();
    Console.WriteLine(body);
}
