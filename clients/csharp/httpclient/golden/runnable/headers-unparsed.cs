using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/items");
request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("API_TOKEN") ?? "tok\"en,with=odd"));
request.Headers.TryAddWithoutValidation("Accept", "not a media type");
request.Headers.TryAddWithoutValidation("User-Agent", "agent \"quoted\"");
request.Headers.TryAddWithoutValidation("If-None-Match", "etag-without-quotes");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
