var client = new RestClient("https://api.example.com/v1/raw");
var request = new RestRequest(Method.PUT);
request.AddHeader("Content-Type", "text/plain; charset=utf-8");
request.AddParameter("text/plain; charset=utf-8", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
