using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Put, "https://api.example.com/v1/tags");
request.Content = new StringContent("[{\"name\":\"red\",\"weight\":1},{\"name\":\"green\",\"weight\":2.5},\"blue\"]", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
