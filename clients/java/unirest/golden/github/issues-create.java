import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.github.com/repos/OWNER/REPO/issues")
            .header("Content-Type", "application/json")
            .body("{\n  \"title\": \"Found a bug\",\n  \"body\": \"I'm having a problem with this.\",\n  \"assignees\": [\n    \"octocat\"\n  ],\n  \"milestone\": 1,\n  \"labels\": [\n    \"bug\"\n  ]\n}")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
