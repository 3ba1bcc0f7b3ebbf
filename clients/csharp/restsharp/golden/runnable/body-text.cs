using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/notes", Method.Post);
request.AddHeader("Content-Type", "text/plain; charset=utf-8");
request.AddStringBody("First line\nSecond line with \"quotes\", 'apostrophes' and a tab\there.\nUnicode: ☕ 🎉\n", ContentType.Plain);

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
