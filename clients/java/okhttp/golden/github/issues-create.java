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
        RequestBody body = RequestBody.create(MediaType.get("application/json"), "{\n  \"title\": \"Found a bug\",\n  \"body\": \"I'm having a problem with this.\",\n  \"assignees\": [\n    \"octocat\"\n  ],\n  \"milestone\": 1,\n  \"labels\": [\n    \"bug\"\n  ]\n}".getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
            .url("https://api.github.com/repos/OWNER/REPO/issues")
            .post(body)
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
