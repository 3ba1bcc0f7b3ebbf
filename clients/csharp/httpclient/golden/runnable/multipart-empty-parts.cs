using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/upload");
request.Content = new MultipartFormDataContent
{
    { new StringContent(""), "note" },
    { new ByteArrayContent(File.ReadAllBytes("files/empty.txt")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain") } }, "empty", "empty.txt" },
    { new ByteArrayContent(File.ReadAllBytes("files/notes.txt")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain") } }, "doc", "notes.txt" },
};

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
