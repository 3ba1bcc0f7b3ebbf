import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

public class Main {
    public static void main(String[] args) throws Exception {
        ClassicHttpRequest request = ClassicRequestBuilder.create("TRACE").setUri("https://api.example.com/v1/echo")
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
