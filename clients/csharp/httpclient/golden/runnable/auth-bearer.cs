using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/me");
request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("EXAMPLE_TOKEN") ?? "<token>"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
