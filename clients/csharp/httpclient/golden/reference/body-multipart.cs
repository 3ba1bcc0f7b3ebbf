var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/upload"),
    Content = new MultipartFormDataContent
    {
        new StringContent("Quarterly report")
        {
            Headers =
            {
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "title",
                }
            }
        },
        new StringContent("Line one, \"quoted\"; and ☕")
        {
            Headers =
            {
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "description",
                }
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/avatar.png"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("image/png"),
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "avatar",
                    FileName = "avatar.png",
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
                    Name = "attachments",
                    FileName = "notes.txt",
                }
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/data.csv"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("text/csv"),
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "attachments",
                    FileName = "data.csv",
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
