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
        RequestBody body = RequestBody.create(MediaType.get("application/json"), "{\n  \"name\": \"My New API Key\",\n  \"limit\": 50,\n  \"limit_reset\": \"monthly\",\n  \"include_byok_in_limit\": true\n}".getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
            .url("https://openrouter.ai/api/v1/keys")
            .addHeader("Authorization", "Bearer " + System.getenv().getOrDefault("OPENROUTER_API_KEY", "<token>"))
            .post(body)
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
