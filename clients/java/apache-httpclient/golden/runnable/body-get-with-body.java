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
        ClassicHttpRequest request = ClassicRequestBuilder.get("https://api.example.com/v1/search")
            // Bytes: StringEntity would encode as ISO-8859-1 unless the content type names a charset.
            .setEntity(new ByteArrayEntity("{\n  \"query\": {\n    \"match\": {\n      \"title\": \"snippets\"\n    }\n  },\n  \"size\": 10\n}".getBytes(StandardCharsets.UTF_8), ContentType.parse("application/json")))
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
