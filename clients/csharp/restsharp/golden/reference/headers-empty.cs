var client = new RestClient("https://api.example.com/v1/flags");
var request = new RestRequest(Method.GET);
request.AddHeader("X-Empty", "");
request.AddHeader("X-Other", "set");
IRestResponse response = client.Execute(request);
