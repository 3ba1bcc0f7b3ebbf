using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/blobs/logo", Method.Put);
request.AddHeader("Content-Type", "image/png");
request.AddBody(File.ReadAllBytes("files/avatar.png"), ContentType.Binary);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
