var client = new RestClient("https://api.example.com/v1/items");
var request = new RestRequest(Method.GET);
request.AddHeader("Authorization", "Bearer tok\"en,with=odd");
request.AddHeader("Accept", "not a media type");
request.AddHeader("User-Agent", "agent \"quoted\"");
request.AddHeader("If-None-Match", "etag-without-quotes");
IRestResponse response = client.Execute(request);
