using var client = new HttpClient();
var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example.com/v1/forms");
request.Content = new FormUrlEncodedContent(
[
    new("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é"),
    new("k'\"\\$`{{x}}", "line one\nline two\r\nthen\ttab end"),
    new("mix", "again"),
]);

var response = await client.SendAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(await response.Content.ReadAsStringAsync());
