import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/v1/tags"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("[\n  {\n    \"name\": \"red\",\n    \"weight\": 1\n  },\n  {\n    \"name\": \"green\",\n    \"weight\": 2.5\n  },\n  \"blue\"\n]"))
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
