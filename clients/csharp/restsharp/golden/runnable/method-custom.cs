using RestSharp;

var client = new RestClient("https://cdn.example.com");
var request = new RestRequest("/cache/images/logo.png", Method.Post);
// RestSharp's Method enum has no PURGE: the request gets its method just before it is sent.
request.OnBeforeRequest = message =>
{
    message.Method = new HttpMethod("PURGE");
    return ValueTask.CompletedTask;
};
request.AddHeader("X-Purge-Reason", "deploy");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
