import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

public class Main {
  public static void main(String[] args) throws Exception {
    ClassicHttpRequest request = ClassicRequestBuilder.post("https://api.example.com/v1/documents")
      // Bytes: StringEntity would encode as ISO-8859-1 unless the content type names a charset.
      .setEntity(new ByteArrayEntity("{\n  \"title\": \"Ünïcödé — 日本語 and emoji 🎉😀\",\n  \"nested\": {\n    \"list\": [\n      1,\n      \"two\",\n      3.5,\n      null,\n      true,\n      false\n    ],\n    \"object\": {\n      \"deep\": {\n        \"deeper\": [\n          {\n            \"a\": 1\n          },\n          []\n        ]\n      }\n    }\n  },\n  \"empty_object\": {},\n  \"empty_list\": [],\n  \"nothing\": null,\n  \"yes\": true,\n  \"no\": false,\n  \"big\": 9007199254740993,\n  \"negative_big\": -12345678901234567890,\n  \"float\": 3.14159,\n  \"negative\": -7,\n  \"zero\": 0\n}".getBytes(StandardCharsets.UTF_8), ContentType.parse("application/json")))
      .build();

    try (CloseableHttpClient client = HttpClients.createDefault()) {
      client.execute(request, response -> {
        System.out.println(response.getCode());
        System.out.println(response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity()));
        return null;
      });
    }
  }
}
