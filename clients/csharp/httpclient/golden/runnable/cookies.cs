using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/session");
request.Headers.TryAddWithoutValidation("Cookie", "session_id=abc123; theme=dark; lang=en-GB");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
