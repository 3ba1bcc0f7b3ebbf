using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/upload");
request.Content = new MultipartFormDataContent
{
    new StringContent("x") { Headers = { ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"dir\\\\name\"") } },
    new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
    {
        Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain"), ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"file\"; filename=\"C:\\\\Users\\\\me\\\\notes.txt\"") },
    },
};

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
