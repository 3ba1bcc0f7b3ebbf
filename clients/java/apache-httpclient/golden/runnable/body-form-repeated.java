import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.http.message.BasicNameValuePair;

public class Main {
    public static void main(String[] args) throws Exception {
        ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/v1/filters")
            .addHeader("Content-Type", "application/x-www-form-urlencoded")
            .setEntity(new UrlEncodedFormEntity(List.of(
                new BasicNameValuePair("tag", "red"),
                new BasicNameValuePair("tag", "red"),
                new BasicNameValuePair("tag", "blue")
            ), StandardCharsets.UTF_8))
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
