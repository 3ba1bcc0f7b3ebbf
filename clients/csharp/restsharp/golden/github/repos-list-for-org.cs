using RestSharp;

var client = new RestClient("https://api.github.com");
var request = new RestRequest("/orgs/ORG/repos", Method.Get);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
