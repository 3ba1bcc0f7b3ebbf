var client = new RestClient("https://api.example.com/v1/items/42");
var request = new RestRequest(Method.HEAD);
request.AddHeader("Accept", "application/json");
IRestResponse response = client.Execute(request);
