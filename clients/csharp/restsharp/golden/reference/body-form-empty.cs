var client = new RestClient("https://api.example.com/v1/logout");
var request = new RestRequest(Method.POST);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded");
request.AddParameter("application/x-www-form-urlencoded", "", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
