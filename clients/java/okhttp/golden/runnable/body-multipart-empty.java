import java.nio.charset.StandardCharsets;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        // MultipartBody needs at least one part: a form without fields is the close delimiter alone.
        String boundary = UUID.randomUUID().toString();
        RequestBody body = RequestBody.create(MediaType.get("multipart/form-data; boundary=" + boundary), ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Request request = new Request.Builder()
            .url("https://api.example.com/v1/upload")
            .post(body)
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
