import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.get("https://api.example.com/v1/search")
            .queryString("q", "rock & roll = fun + 100% sure")
            .queryString("tag", "first")
            .queryString("limit", "10")
            .queryString("tag", "second")
            .queryString("empty", "")
            .queryString("filter[name]", "Zoë Łukasz 🎸")
            .queryString("sort[]", "-created")
            .queryString("tag", "third")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
