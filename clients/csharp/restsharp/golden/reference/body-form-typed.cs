var client = new RestClient("https://api.example.com/v1/subscribe");
var request = new RestRequest(Method.POST);
request.AddHeader("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
request.AddParameter("application/x-www-form-urlencoded; charset=UTF-8", "email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
