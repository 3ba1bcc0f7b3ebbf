import java.nio.charset.StandardCharsets;
import java.util.Base64;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
            .url("https://api.example.com/v1/account")
            .addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((System.getenv().getOrDefault("API_USERNAME", "<username>") + ":" + System.getenv().getOrDefault("API_PASSWORD", "<password>")).getBytes(StandardCharsets.UTF_8)))
            .get()
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
