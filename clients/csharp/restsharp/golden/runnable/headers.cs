using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/headers", Method.Get);
request.AddHeader("Accept", "application/json");
request.AddHeader("X-Trace", "first");
request.AddHeader("X-Quoted", "say \"hi\" and it's fine");
request.AddHeader("X-Backslash", "C:\\path\\to\\file \\n not a newline");
request.AddHeader("X-Trace", "second");
request.AddHeader("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
