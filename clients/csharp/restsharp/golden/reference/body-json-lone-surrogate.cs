var client = new RestClient("https://api.example.com/v1/echo");
var request = new RestRequest(Method.POST);
request.AddHeader("Content-Type", "application/json");
request.AddParameter("application/json", "{\n  \"key \\udbff\": \"a \\ud800 b\",\n  \"list\": [\n    \"\\udc00\",\n    \"paired 😀\"\n  ]\n}", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
