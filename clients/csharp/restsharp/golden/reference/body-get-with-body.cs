var client = new RestClient("https://api.example.com/v1/search");
var request = new RestRequest(Method.GET);
request.AddHeader("Content-Type", "application/json");
request.AddParameter("application/json", "{\n  \"query\": {\n    \"match\": {\n      \"title\": \"snippets\"\n    }\n  },\n  \"size\": 10\n}", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
