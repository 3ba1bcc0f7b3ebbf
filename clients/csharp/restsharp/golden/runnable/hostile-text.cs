using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/raw", Method.Put);
request.AddHeader("Content-Type", "text/plain; charset=utf-8");
request.AddStringBody("it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n", ContentType.Plain);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
