var client = new RestClient("https://api.example.com/v1/widgets");
var request = new RestRequest(Method.GET);
request.AddHeader("X-API-Key", "<api-key>");
IRestResponse response = client.Execute(request);
