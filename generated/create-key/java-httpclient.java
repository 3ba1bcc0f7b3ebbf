import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://openrouter.ai/api/v1/keys"))
            .header("Authorization", "Bearer " + System.getenv().getOrDefault("OPENROUTER_API_KEY", "<token>"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\n  \"name\": \"My New API Key\",\n  \"limit\": 50,\n  \"limit_reset\": \"monthly\",\n  \"include_byok_in_limit\": true\n}"))
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
