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
            .addFormDataPart("title", "Quarterly report")
            .addFormDataPart("description", "Line one, \"quoted\"; and ☕")
            .addFormDataPart("avatar", "avatar.png", RequestBody.create(MediaType.get("image/png"), new File("files/avatar.png")))
            .addFormDataPart("attachments", "notes.txt", RequestBody.create(MediaType.get("text/plain"), new File("files/notes.txt")))
            .addFormDataPart("attachments", "data.csv", RequestBody.create(MediaType.get("text/csv"), new File("files/data.csv")))
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
