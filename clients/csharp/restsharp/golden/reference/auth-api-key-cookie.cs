var client = new RestClient("https://api.example.com/v1/widgets");
var request = new RestRequest(Method.GET);
request.AddCookie("theme", "dark");
request.AddCookie("api_session", "<session-key>");
IRestResponse response = client.Execute(request);
