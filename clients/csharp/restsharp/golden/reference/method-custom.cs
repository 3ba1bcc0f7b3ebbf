var client = new RestClient("https://cdn.example.com/cache/images/logo.png");
var request = new RestRequest();
request.AddHeader("X-Purge-Reason", "deploy");
IRestResponse response = client.ExecuteAsGet(request, "PURGE");
