using RestSharp;
using System.Text;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/account", Method.Get);
request.AddHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes((Environment.GetEnvironmentVariable("API_USERNAME") ?? "<username>") + ":" + (Environment.GetEnvironmentVariable("API_PASSWORD") ?? "<password>"))));

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
