import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

public class Main {
    public static void main(String[] args) throws Exception {
        // LEGACY mode writes part names and filenames as given, in the charset set below; the
        // builder would add that charset to the Content-Type too, so the header is set by hand.
        String boundary = UUID.randomUUID().toString();
        ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/v1/upload")
            .addHeader("Content-Type", "multipart/form-data; boundary=" + boundary)
            .setEntity(MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.LEGACY)
                .setCharset(StandardCharsets.UTF_8)
                .setBoundary(boundary)
                .addTextBody("dir\\name", "x", ContentType.create("text/plain", StandardCharsets.UTF_8))
                .addBinaryBody("file", new File("files/notes.txt"), ContentType.parse("text/plain"), "C:\\Users\\me\\notes.txt")
                .build())
            .build();

        try (CloseableHttpClient client = HttpClients.createDefault()) {
            client.execute(request, response -> {
                System.out.println(response.getCode());
                System.out.println(response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity()));
                return null;
            });
        }
    }
}
