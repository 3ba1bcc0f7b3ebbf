var client = new HttpClient();
var request = new HttpRequestMessage
{
    Method = HttpMethod.Post,
    RequestUri = new Uri("https://api.example.com/v1/upload"),
    Content = new MultipartFormDataContent
    {
        new StringContent("Q1")
        {
            Headers =
            {
                ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = "title",
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
                    Name = "report",
                    FileName = "reports/2026/q1.csv",
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
