import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.get("https://api.example.com/v1/items")
            .header("X-Trace-", "abc")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
