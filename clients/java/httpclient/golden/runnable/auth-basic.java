import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/v1/account"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((System.getenv().getOrDefault("API_USERNAME", "<username>") + ":" + System.getenv().getOrDefault("API_PASSWORD", "<password>")).getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
