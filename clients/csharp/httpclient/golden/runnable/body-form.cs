using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/login");
request.Content = new FormUrlEncodedContent(
[
    new("username", "jane@example.com"),
    new("password", "p&ss=w+rd 100%"),
    new("scope", "read"),
    new("scope", "write"),
    new("note", "é ☕ a+b=c&d"),
]);

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
