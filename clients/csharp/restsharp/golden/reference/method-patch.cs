var client = new RestClient("https://api.example.com/v1/items/42");
var request = new RestRequest(Method.PATCH);
request.AddHeader("If-Match", "\"etag-1\"");
request.AddHeader("Content-Type", "application/json");
request.AddParameter("application/json", "{\n  \"count\": 4\n}", ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
