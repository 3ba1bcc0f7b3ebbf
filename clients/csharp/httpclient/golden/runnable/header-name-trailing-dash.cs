using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/items");
request.Headers.TryAddWithoutValidation("X-Trace-", "abc");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
