using RestSharp;

var client = new RestClient("https://api.example.com/f%C3%BCr");
var request = new RestRequest("/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b", Method.Get);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
