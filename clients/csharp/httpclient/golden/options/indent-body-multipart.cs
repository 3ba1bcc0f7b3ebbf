using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/upload");
request.Content = new MultipartFormDataContent
{
  { new StringContent("Quarterly report"), "title" },
  { new StringContent("Line one, \"quoted\"; and ☕"), "description" },
  { new ByteArrayContent(File.ReadAllBytes("files/avatar.png")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("image/png") } }, "avatar", "avatar.png" },
  { new ByteArrayContent(File.ReadAllBytes("files/notes.txt")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain") } }, "attachments", "notes.txt" },
  { new ByteArrayContent(File.ReadAllBytes("files/data.csv")) { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/csv") } }, "attachments", "data.csv" },
};

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
