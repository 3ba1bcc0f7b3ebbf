var client = new RestClient("https://api.example.com/v1/headers");
var request = new RestRequest(Method.GET);
request.AddHeader("Accept", "application/json");
request.AddHeader("X-Trace", "first, second");
request.AddHeader("X-Quoted", "say \"hi\" and it's fine");
request.AddHeader("X-Backslash", "C:\\path\\to\\file \\n not a newline");
request.AddHeader("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}");
IRestResponse response = client.Execute(request);
