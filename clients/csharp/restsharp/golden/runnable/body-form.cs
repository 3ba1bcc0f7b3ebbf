using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/login", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("username", "jane@example.com");
request.AddParameter("password", "p&ss=w+rd 100%");
request.AddParameter("scope", "read");
request.AddParameter("scope", "write");
request.AddParameter("note", "é ☕ a+b=c&d");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
