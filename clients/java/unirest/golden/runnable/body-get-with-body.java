import com.mashape.unirest.http.Unirest;
import com.mashape.unirest.http.utils.ClientFactory;
import java.nio.charset.StandardCharsets;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.entity.StringEntity;
import org.apache.http.util.EntityUtils;

public class Main {
    public static void main(String[] args) throws Exception {
        // Unirest 1.x sends no body with GET: this goes through the Apache HttpClient under Unirest.
        HttpUriRequest request = RequestBuilder.create("GET")
            .setUri("https://api.example.com/v1/search")
            .addHeader("Content-Type", "application/json")
            .setEntity(new StringEntity("{\n  \"query\": {\n    \"match\": {\n      \"title\": \"snippets\"\n    }\n  },\n  \"size\": 10\n}", StandardCharsets.UTF_8))
            .build();
        HttpResponse response = ClientFactory.getHttpClient().execute(request);

        System.out.println(response.getStatusLine().getStatusCode());
        System.out.println(EntityUtils.toString(response.getEntity()));
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
