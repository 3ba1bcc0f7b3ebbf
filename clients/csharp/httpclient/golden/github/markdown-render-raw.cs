using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.github.com/markdown/raw");
request.Content = new StringContent("{\"text\":\"Hello **world**\"}", MediaTypeHeaderValue.Parse("text/plain"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
