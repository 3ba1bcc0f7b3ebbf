import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.get("https://api.example.com/v1/account")
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((System.getenv().getOrDefault("API_USERNAME", "<username>") + ":" + System.getenv().getOrDefault("API_PASSWORD", "<password>")).getBytes(StandardCharsets.UTF_8)))
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
