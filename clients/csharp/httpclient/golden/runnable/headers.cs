using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/headers");
request.Headers.TryAddWithoutValidation("Accept", "application/json");
request.Headers.TryAddWithoutValidation("X-Trace", "first");
request.Headers.TryAddWithoutValidation("X-Quoted", "say \"hi\" and it's fine");
request.Headers.TryAddWithoutValidation("X-Backslash", "C:\\path\\to\\file \\n not a newline");
request.Headers.TryAddWithoutValidation("X-Trace", "second");
request.Headers.TryAddWithoutValidation("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
