var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/upload"),
    Content = new MultipartFormDataContent
    {
        new StringContent("")
        {
            Headers =
            {
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "note",
                }
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/empty.txt"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("text/plain"),
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "empty",
                    FileName = "empty.txt",
                }
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("text/plain"),
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "doc",
                    FileName = "notes.txt",
                }
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
