using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/widgets");
request.Headers.TryAddWithoutValidation("Cookie", "theme=dark; api_session=" + (Environment.GetEnvironmentVariable("API_SESSION") ?? "<session-key>"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
