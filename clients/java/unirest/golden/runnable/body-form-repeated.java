import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.example.com/v1/filters")
            .header("Content-Type", "application/x-www-form-urlencoded")
            // Unirest's .field() would reorder the fields by name; the encoded form keeps their order.
            .body("tag=red&tag=red&tag=blue")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
