using RestSharp;

var client = new RestClient("https://api.github.com");
var request = new RestRequest("/repos/OWNER/REPO/issues", Method.Post);
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"title\":\"Found a bug\",\"body\":\"I'm having a problem with this.\",\"assignees\":[\"octocat\"],\"milestone\":1,\"labels\":[\"bug\"]}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
