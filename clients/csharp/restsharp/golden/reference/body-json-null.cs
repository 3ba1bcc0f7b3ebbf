var client = new RestClient("https://api.example.com/v1/runs/42/rerun");
var request = new RestRequest(Method.POST);
request.AddHeader("Content-Type", "application/json");
request.AddParameter("application/json", "null", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
