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
        // Unirest 1.x encodes query names in the platform charset: this goes through the Apache HttpClient under Unirest.
        HttpUriRequest request = RequestBuilder.create("POST")
            .setUri("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")
            .addHeader("Content-Type", "application/json")
            .setEntity(new StringEntity("{\n  \"rtl\": \"abc\u202edef\",\n  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\udb40\udc41d\u3164e\"\n}", StandardCharsets.UTF_8))
            .build();
        HttpResponse response = ClientFactory.getHttpClient().execute(request);

        System.out.println(response.getStatusLine().getStatusCode());
        System.out.println(EntityUtils.toString(response.getEntity()));
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
