import com.mashape.unirest.http.Unirest;
import com.mashape.unirest.http.utils.ClientFactory;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.methods.RequestBuilder;
import org.apache.http.util.EntityUtils;

public class Main {
    public static void main(String[] args) throws Exception {
        // Unirest 1.x has no custom methods: TRACE goes through the Apache HttpClient under Unirest.
        HttpUriRequest request = RequestBuilder.create("TRACE")
            .setUri("https://api.example.com/v1/echo")
            .build();
        HttpResponse response = ClientFactory.getHttpClient().execute(request);

        System.out.println(response.getStatusLine().getStatusCode());
        System.out.println(EntityUtils.toString(response.getEntity()));
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
