using System.Net.Http.Headers;
using System.Text;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/upload");
var form = new MultipartFormDataContent
{
    new StringContent("Café ☕") { Headers = { ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"título\"") } },
    new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
    {
        Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain"), ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"документ\"; filename=\"résumé ☕.txt\"") },
    },
};
// .NET writes part headers in Latin-1 unless told otherwise.
form.HeaderEncodingSelector = (_, _) => Encoding.UTF8;
request.Content = form;

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
