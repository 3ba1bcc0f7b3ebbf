using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/upload", Method.Post);
// RestSharp without parameters writes one multipart part without headers: a form without fields is its close delimiter alone.
request.AddStringBody("--snipgen-empty-form--\r\n", ContentType.Plain);
request.AddHeader("Content-Type", "multipart/form-data; boundary=snipgen-empty-form");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
