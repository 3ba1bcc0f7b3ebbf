var client = new RestClient("https://api.example.com/v1/echo");
var request = new RestRequest();
IRestResponse response = client.ExecuteAsGet(request, "TRACE");
