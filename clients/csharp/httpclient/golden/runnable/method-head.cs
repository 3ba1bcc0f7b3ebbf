using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Head, "https://api.example.com/v1/items/42");
request.Headers.TryAddWithoutValidation("Accept", "application/json");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
