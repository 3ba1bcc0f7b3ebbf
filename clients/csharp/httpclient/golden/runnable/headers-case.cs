using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/headers");
request.Headers.TryAddWithoutValidation("accept", "application/json");
request.Headers.TryAddWithoutValidation("X-Trace", "first");
request.Headers.TryAddWithoutValidation("X-Trace", "second");
request.Headers.TryAddWithoutValidation("user-agent", "docs-example/1.0");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
