using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME");
request.Content = new ByteArrayContent(File.ReadAllBytes("body.bin"));
request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/octet-stream");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
