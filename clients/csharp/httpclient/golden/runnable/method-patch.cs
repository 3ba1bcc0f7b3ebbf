using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Patch, "https://api.example.com/v1/items/42");
request.Headers.TryAddWithoutValidation("If-Match", "\"etag-1\"");
request.Content = new StringContent("{\"count\":4}", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
