var client = new RestClient("https://api.example.com/v1/upload");
var request = new RestRequest(Method.POST);
request.AlwaysMultipartFormData = true;
request.AddParameter("title", "Q1");
request.AddFile("report", File.ReadAllBytes("files/data.csv"), "reports/2026/q1.csv", "text/csv");
IRestResponse response = client.Execute(request);
