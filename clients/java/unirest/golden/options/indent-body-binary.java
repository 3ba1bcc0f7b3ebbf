import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;
import java.nio.file.Files;
import java.nio.file.Path;

public class Main {
  public static void main(String[] args) throws Exception {
    HttpResponse<String> response = Unirest.put("https://api.example.com/v1/blobs/logo")
      .header("Content-Type", "image/png")
      .body(Files.readAllBytes(Path.of("files/avatar.png")))
      .asString();

    System.out.println(response.getStatus());
    System.out.println(response.getBody());
    // Unirest keeps background threads running until it is shut down.
    Unirest.shutdown();
  }
}
