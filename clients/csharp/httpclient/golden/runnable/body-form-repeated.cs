using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/filters");
request.Content = new FormUrlEncodedContent(
[
    new("tag", "red"),
    new("tag", "red"),
    new("tag", "blue"),
]);

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
