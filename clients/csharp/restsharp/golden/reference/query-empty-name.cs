var client = new RestClient("https://api.example.com/v1/search?=a&=b%20c&q=x");
var request = new RestRequest(Method.GET);
IRestResponse response = client.Execute(request);
