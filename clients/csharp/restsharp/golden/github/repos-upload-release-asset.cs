using RestSharp;

var client = new RestClient("https://uploads.github.com");
var request = new RestRequest("/repos/OWNER/REPO/releases/0/assets", Method.Post);
request.AddQueryParameter("name", "NAME");
request.AddHeader("Content-Type", "application/octet-stream");
request.AddBody(File.ReadAllBytes("body.bin"), ContentType.Binary);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
