using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/subscribe", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
request.AddParameter("email", "jane@example.com");
request.AddParameter("topic", "news & offers");
request.AddParameter("topic", "é ☕");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
