using System.Text;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/account");
request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes((Environment.GetEnvironmentVariable("API_USERNAME") ?? "<username>") + ":" + (Environment.GetEnvironmentVariable("API_PASSWORD") ?? "<password>"))));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
