var client = new RestClient("https://api.example.com/v1/items");
var request = new RestRequest(Method.POST);
request.AddHeader("Content-Type", "application/json");
request.AddParameter("application/json", "{\n  \"name\": \"widget\",\n  \"count\": 3\n}", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
