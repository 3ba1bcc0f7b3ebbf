import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.io.File;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.example.com/v1/upload")
            .field("note", "", "text/plain; charset=UTF-8")
            .field("empty", new File("files/empty.txt"), "text/plain")
            .field("doc", new File("files/notes.txt"), "text/plain")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
