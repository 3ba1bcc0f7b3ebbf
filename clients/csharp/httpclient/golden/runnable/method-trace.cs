using var client = new HttpClient();
var request = new HttpRequestMessage(new HttpMethod("TRACE"), "https://api.example.com/v1/echo");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
