var client = new RestClient("https://api.example.com/v1/headers");
var request = new RestRequest(Method.GET);
request.AddHeader("accept", "application/json");
request.AddHeader("X-Trace", "first, second");
request.AddHeader("user-agent", "docs-example/1.0");
IRestResponse response = client.Execute(request);
