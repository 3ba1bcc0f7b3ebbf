using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/upload");
request.Content = new MultipartFormDataContent
{
    { new StringContent("Q1"), "title" },
    { new ByteArrayContent(File.ReadAllBytes("files/data.csv")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/csv") } }, "report", "reports/2026/q1.csv" },
};

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
