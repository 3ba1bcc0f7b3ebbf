var client = new RestClient("https://api.example.com/v1/session");
var request = new RestRequest(Method.GET);
request.AddCookie("session_id", "abc123");
request.AddCookie("theme", "dark");
request.AddCookie("lang", "en-GB");
IRestResponse response = client.Execute(request);
