using System.Net.Http.Headers;

using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://openrouter.ai/api/v1/keys");
request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("OPENROUTER_API_KEY") ?? "<token>"));
request.Content = new StringContent("{\"name\":\"My New API Key\",\"limit\":50,\"limit_reset\":\"monthly\",\"include_byok_in_limit\":true}", MediaTypeHeaderValue.Parse("application/json"));

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
