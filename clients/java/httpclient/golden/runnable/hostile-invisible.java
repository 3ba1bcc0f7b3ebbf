import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\n  \"rtl\": \"abc\u202edef\",\n  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\udb40\udc41d\u3164e\"\n}"))
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
