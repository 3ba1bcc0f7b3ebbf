using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/orgs/ORG/repos");

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
