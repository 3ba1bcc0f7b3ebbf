using var client = new HttpClient();
var request = new HttpRequestMessage(new HttpMethod("PURGE"), "https://cdn.example.com/cache/images/logo.png");
request.Headers.TryAddWithoutValidation("X-Purge-Reason", "deploy");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
