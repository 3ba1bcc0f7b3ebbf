import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        // Bytes, not a String: OkHttp adds "; charset=utf-8" to the content type of a String body.
        RequestBody body = RequestBody.create(MediaType.get("application/x-www-form-urlencoded; charset=UTF-8"), "email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95".getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
            .url("https://api.example.com/v1/subscribe")
            .post(body)
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
