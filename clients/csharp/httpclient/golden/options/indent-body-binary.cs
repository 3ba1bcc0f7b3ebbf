using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Put, "https://api.example.com/v1/blobs/logo");
request.Content = new ByteArrayContent(File.ReadAllBytes("files/avatar.png"));
request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("image/png");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
