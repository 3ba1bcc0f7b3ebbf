import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
  val client = OkHttpClient()
  // Bytes, not a String: OkHttp adds "; charset=utf-8" to the content type of a String body.
  val body = RequestBody.create(MediaType.get("application/json"), "{\n  \"title\": \"Ünïcödé — 日本語 and emoji 🎉😀\",\n  \"nested\": {\n    \"list\": [\n      1,\n      \"two\",\n      3.5,\n      null,\n      true,\n      false\n    ],\n    \"object\": {\n      \"deep\": {\n        \"deeper\": [\n          {\n            \"a\": 1\n          },\n          []\n        ]\n      }\n    }\n  },\n  \"empty_object\": {},\n  \"empty_list\": [],\n  \"nothing\": null,\n  \"yes\": true,\n  \"no\": false,\n  \"big\": 9007199254740993,\n  \"negative_big\": -12345678901234567890,\n  \"float\": 3.14159,\n  \"negative\": -7,\n  \"zero\": 0\n}".toByteArray())
  val request = Request.Builder()
    .url("https://api.example.com/v1/documents")
    .post(body)
    .build()

  client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
  }
}
