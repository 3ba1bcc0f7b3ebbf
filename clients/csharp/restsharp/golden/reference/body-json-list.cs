var client = new RestClient("https://api.example.com/v1/tags");
var request = new RestRequest(Method.PUT);
request.AddHeader("Content-Type", "application/json");
request.AddParameter("application/json", "[\n  {\n    \"name\": \"red\",\n    \"weight\": 1\n  },\n  {\n    \"name\": \"green\",\n    \"weight\": 2.5\n  },\n  \"blue\"\n]", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
