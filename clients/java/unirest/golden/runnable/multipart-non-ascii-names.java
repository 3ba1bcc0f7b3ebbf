import com.mashape.unirest.http.Unirest;
import com.mashape.unirest.http.utils.ClientFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.http.entity.mime.MultipartEntityBuilder;
import org.apache.http.util.EntityUtils;

public class Main {
    public static void main(String[] args) throws Exception {
        // Unirest 1.x writes multipart names and filenames as ASCII: this goes through the Apache HttpClient under Unirest.
        HttpUriRequest request = RequestBuilder.create("POST")
            .setUri("https://api.example.com/v1/upload")
            .setEntity(MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.RFC6532)
                .addTextBody("título", "Café ☕", ContentType.create("text/plain", StandardCharsets.UTF_8))
                .addBinaryBody("документ", new File("files/notes.txt"), ContentType.parse("text/plain"), "résumé ☕.txt")
                .build())
            .build();
        HttpResponse response = ClientFactory.getHttpClient().execute(request);

        System.out.println(response.getStatusLine().getStatusCode());
        System.out.println(EntityUtils.toString(response.getEntity()));
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
