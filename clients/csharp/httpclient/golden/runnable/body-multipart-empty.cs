using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/upload");
// MultipartFormDataContent without parts writes one part without headers: a form without fields is its close delimiter alone.
request.Content = new StringContent("--snipgen-empty-form--\r\n", MediaTypeHeaderValue.Parse("multipart/form-data; boundary=snipgen-empty-form"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
