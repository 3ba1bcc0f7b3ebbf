import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class Main {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient();
        Request request = new Request.Builder()
            .url("https://api.example.com/v1/headers")
            .addHeader("Accept", "application/json")
            .addHeader("X-Trace", "first")
            .addHeader("X-Quoted", "say \"hi\" and it's fine")
            .addHeader("X-Backslash", "C:\\path\\to\\file \\n not a newline")
            .addHeader("X-Trace", "second")
            .addHeader("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}")
            .get()
            .build();

        try (Response response = client.newCall(request).execute()) {
            System.out.println(response.code());
            System.out.println(response.body().string());
        }
    }
}
