var client = new RestClient("https://api.example.com/v1/upload");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
IRestResponse response = client.Execute(request);
