using System.Net.Http.Headers;

using var client = new HttpClient();
client.Timeout = TimeSpan.FromSeconds(2.5);
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/items");
request.Content = new StringContent("{\"name\":\"widget\",\"count\":3}", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
