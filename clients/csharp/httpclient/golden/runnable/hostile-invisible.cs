using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b");
request.Content = new StringContent("{\"rtl\":\"abc\u202edef\",\"zero\u200bwidth\":\"a\ufeffb\u00a0c\U000e0041d\u3164e\"}", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
