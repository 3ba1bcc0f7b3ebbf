var client = new RestClient("https://api.example.com/v1/blobs/logo");
var request = new RestRequest(Method.PUT);
request.AddHeader("Content-Type", "image/png");
request.AddParameter("image/png", File.ReadAllBytes("files/avatar.png"), ParameterType.RequestBody);
IRestResponse response = client.Execute(request);
