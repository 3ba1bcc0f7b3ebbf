import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

public class Main {
    public static void main(String[] args) throws Exception {
        ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")
            // Bytes: StringEntity would encode as ISO-8859-1 unless the content type names a charset.
            .setEntity(new ByteArrayEntity("{\n  \"rtl\": \"abc\u202edef\",\n  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\udb40\udc41d\u3164e\"\n}".getBytes(StandardCharsets.UTF_8), ContentType.parse("application/json")))
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
