import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        Unirest.setTimeouts(2500, 2500);
        HttpResponse<String> response = Unirest.get("https://api.example.com/v1/widgets")
            .queryString("page", "2")
            .queryString("api_key", System.getenv().getOrDefault("EXAMPLE_API_KEY", "<api-key>"))
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
