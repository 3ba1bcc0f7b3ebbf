using var client = new HttpClient();
client.Timeout = TimeSpan.FromSeconds(2.5);
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/widgets?page=2&api_key=" + Uri.EscapeDataString(Environment.GetEnvironmentVariable("EXAMPLE_API_KEY") ?? "<api-key>"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
