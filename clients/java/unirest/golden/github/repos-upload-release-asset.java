import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets")
            .queryString("name", "NAME")
            .header("Content-Type", "application/octet-stream")
            .body(Files.readAllBytes(Path.of("body.bin")))
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
