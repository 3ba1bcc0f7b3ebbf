import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://openrouter.ai/api/v1/keys")
            .header("Authorization", "Bearer " + System.getenv().getOrDefault("OPENROUTER_API_KEY", "<token>"))
            .header("Content-Type", "application/json")
            .body("{\n  \"name\": \"My New API Key\",\n  \"limit\": 50,\n  \"limit_reset\": \"monthly\",\n  \"include_byok_in_limit\": true\n}")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
