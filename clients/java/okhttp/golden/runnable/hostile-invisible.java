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
        RequestBody body = RequestBody.create(MediaType.get("application/json"), "{\n  \"rtl\": \"abc\u202edef\",\n  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\udb40\udc41d\u3164e\"\n}".getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
            .url("https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b")
            .post(body)
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
