using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/forms");
request.Content = new MultipartFormDataContent
{
    { new StringContent("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"), "mix" },
    { new StringContent("line one\nline two\r\nthen\ttab end"), "lines" },
    new ByteArrayContent(File.ReadAllBytes("files/notes.txt"))
    {
        Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain"), ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"file\"; filename=\"it's \\\"notes\\\".txt\"") },
    },
};

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
