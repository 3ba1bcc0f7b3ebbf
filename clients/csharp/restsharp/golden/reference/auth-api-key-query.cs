var client = new RestClient("https://api.example.com/v1/widgets?page=2&api_key=%3Capi-key%3E");
var request = new RestRequest(Method.GET);
IRestResponse response = client.Execute(request);
