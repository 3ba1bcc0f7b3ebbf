import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/v1/headers"))
            .header("Accept", "application/json")
            .header("X-Trace", "first")
            .header("X-Quoted", "say \"hi\" and it's fine")
            .header("X-Backslash", "C:\\path\\to\\file \\n not a newline")
            .header("X-Trace", "second")
            .header("X-Dollar", "$HOME ${x} #{x} `cmd` %s {{x}}")
            .GET()
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        System.out.println(response.statusCode());
        System.out.println(response.body());
    }
}
