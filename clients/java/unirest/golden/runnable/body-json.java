import com.mashape.unirest.http.HttpResponse;
import com.mashape.unirest.http.Unirest;

public class Main {
    public static void main(String[] args) throws Exception {
        HttpResponse<String> response = Unirest.post("https://api.example.com/v1/documents")
            .header("Content-Type", "application/json")
            .body("{\n  \"title\": \"Ünïcödé — 日本語 and emoji 🎉😀\",\n  \"nested\": {\n    \"list\": [\n      1,\n      \"two\",\n      3.5,\n      null,\n      true,\n      false\n    ],\n    \"object\": {\n      \"deep\": {\n        \"deeper\": [\n          {\n            \"a\": 1\n          },\n          []\n        ]\n      }\n    }\n  },\n  \"empty_object\": {},\n  \"empty_list\": [],\n  \"nothing\": null,\n  \"yes\": true,\n  \"no\": false,\n  \"big\": 9007199254740993,\n  \"negative_big\": -12345678901234567890,\n  \"float\": 3.14159,\n  \"negative\": -7,\n  \"zero\": 0\n}")
            .asString();

        System.out.println(response.getStatus());
        System.out.println(response.getBody());
        // Unirest keeps background threads running until it is shut down.
        Unirest.shutdown();
    }
}
