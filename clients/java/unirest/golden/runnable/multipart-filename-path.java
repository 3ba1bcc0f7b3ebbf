import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.io.FileInputStream;
import org.apache.http.entity.ContentType;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
            .field("title", "Q1", "text/plain; charset=UTF-8")
            .field("report", new FileInputStream("files/data.csv"), ContentType.parse("text/csv"), "reports/2026/q1.csv")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
