var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/forms"),
    Content = new MultipartFormDataContent
    {
        new StringContent("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é")
        {
            Headers =
            {
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "mix",
                }
            }
        },
        new StringContent("line one\nline two\r\nthen\ttab end")
        {
            Headers =
            {
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "lines",
                }
            }
        },
        new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
        {
            Headers =
            {
                ContentType = MediaTypeHeaderValue.Parse("text/plain"),
                ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"file\"; filename=\"it's \\\"notes\\\".txt\""),
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
