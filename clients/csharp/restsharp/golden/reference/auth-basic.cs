var client = new RestClient("https://api.example.com/v1/account");
var request = new RestRequest(Method.GET);
request.AddHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("<username>" + ":" + "<password>")));
IRestResponse response = client.Execute(request);
