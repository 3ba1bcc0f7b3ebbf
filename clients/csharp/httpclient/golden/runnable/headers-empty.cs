using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/flags");
request.Headers.TryAddWithoutValidation("X-Empty", "");
request.Headers.TryAddWithoutValidation("X-Other", "set");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
