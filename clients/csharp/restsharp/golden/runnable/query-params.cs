using RestSharp;

var client = new RestClient("https://api.example.com/v1");
var request = new RestRequest("/search", Method.Get);
request.AddQueryParameter("q", "rock & roll = fun + 100% sure");
request.AddQueryParameter("tag", "first");
request.AddQueryParameter("limit", "10");
request.AddQueryParameter("tag", "second");
request.AddQueryParameter("empty", "");
request.AddQueryParameter("filter[name]", "Zoë Łukasz 🎸");
request.AddQueryParameter("sort[]", "-created");
request.AddQueryParameter("tag", "third");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
