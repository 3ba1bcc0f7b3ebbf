using RestSharp;

var client = new RestClient("https://openrouter.ai/api/v1");
var request = new RestRequest("/keys", Method.Post);
request.AddHeader("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("OPENROUTER_API_KEY") ?? "<token>"));
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"name\":\"My New API Key\",\"limit\":50,\"limit_reset\":\"monthly\",\"include_byok_in_limit\":true}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
