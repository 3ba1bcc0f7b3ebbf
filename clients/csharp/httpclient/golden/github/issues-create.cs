using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.github.com/repos/OWNER/REPO/issues");
request.Content = new StringContent("{\"title\":\"Found a bug\",\"body\":\"I'm having a problem with this.\",\"assignees\":[\"octocat\"],\"milestone\":1,\"labels\":[\"bug\"]}", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
