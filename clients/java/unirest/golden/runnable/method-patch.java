import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.patch("https://api.example.com/v1/items/42")
            .header("If-Match", "\"etag-1\"")
            .header("Content-Type", "application/json")
            .body("{\n  \"count\": 4\n}")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
