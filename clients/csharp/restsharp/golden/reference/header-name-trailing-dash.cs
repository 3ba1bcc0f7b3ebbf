var client = new RestClient("https://api.example.com/v1/items");
var request = new RestRequest(Method.GET);
request.AddHeader("X-Trace-", "abc");
IRestResponse response = client.Execute(request);
