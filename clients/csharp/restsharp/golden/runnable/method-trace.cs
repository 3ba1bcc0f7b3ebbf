using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/echo", Method.Post);
// RestSharp's Method enum has no TRACE: the request gets its method just before it is sent.
request.OnBeforeRequest = message =>
{
    message.Method = new HttpMethod("TRACE");
    return ValueTask.CompletedTask;
};

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
