using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/echo/a%E2%80%AEb", Method.Post);
request.AddQueryParameter("q\u200b", "x\u2066y\u2069z");
request.AddQueryParameter("nbsp", "a\u00a0b");
request.AddHeader("Content-Type", "application/json");
request.AddStringBody("{\"rtl\":\"abc\u202edef\",\"zero\u200bwidth\":\"a\ufeffb\u00a0c\U000e0041d\u3164e\"}", ContentType.Json);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
