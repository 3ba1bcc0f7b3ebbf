using RestSharp;

var client = new RestClient("https://api.example.com");
var request = new RestRequest("/v1/forms", Method.Post);
// .NET rejects a quote or backslash in a filename: RestSharp gets it escaped, with its own encoding off.
request.AddFile("file", File.ReadAllBytes("files/notes.txt"), "it's \\\"notes\\\".txt", "text/plain", new FileParameterOptions { DisableFilenameEncoding = true, DisableFilenameStar = true });
// RestSharp sends every file part before the text fields, whatever order they are added in.
request.AddParameter("mix", "it's a \"mix\" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é");
request.AddParameter("lines", "line one\nline two\r\nthen\ttab end");

var response = await client.ExecuteAsync(request);

Console.WriteLine((int)response.StatusCode);
Console.WriteLine(response.Content);
