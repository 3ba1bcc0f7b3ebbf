var client = new RestClient("https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true");
var request = new RestRequest(Method.GET);
IRestResponse response = client.Execute(request);
