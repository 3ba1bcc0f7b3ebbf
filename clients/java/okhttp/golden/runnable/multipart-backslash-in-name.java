import java.io.File;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

public class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        RequestBody body = new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("dir\\name", "x")
            .addFormDataPart("file", "C:\\Users\\me\\notes.txt", RequestBody.create(MediaType.get("text/plain"), new File("files/notes.txt")))
            .build();
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
