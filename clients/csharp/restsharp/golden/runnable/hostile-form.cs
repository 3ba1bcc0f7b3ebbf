using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/forms", Method.Post);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é");
request.AddParameter("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end");
request.AddParameter("mix", "again");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
