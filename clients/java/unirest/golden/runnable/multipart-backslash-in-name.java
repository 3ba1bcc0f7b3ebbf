import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.io.FileInputStream;
import org.apache.http.entity.ContentType;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
            .field("dir\\name", "x", "text/plain; charset=UTF-8")
            .field("file", new FileInputStream("files/notes.txt"), ContentType.parse("text/plain"), "C:\\Users\\me\\notes.txt")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
