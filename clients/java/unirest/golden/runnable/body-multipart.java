import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.io.File;
import java.io.FileInputStream;
import org.apache.http.entity.ContentType;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
            .field("title", "Quarterly report", "text/plain; charset=UTF-8")
            .field("description", "Line one, \"quoted\"; and ☕", "text/plain; charset=UTF-8")
            .field("avatar", new File("files/avatar.png"), "image/png")
            .field("attachments", new FileInputStream("files/notes.txt"), ContentType.parse("text/plain"), "notes.txt")
            .field("attachments", new FileInputStream("files/data.csv"), ContentType.parse("text/csv"), "data.csv")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
