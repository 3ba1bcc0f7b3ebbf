using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/search");
request.Content = new StringContent("{\"query\":{\"match\":{\"title\":\"snippets\"}},\"size\":10}", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
