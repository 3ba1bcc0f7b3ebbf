import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    // Bytes, not a String: OkHttp adds "; charset=utf-8" to the content type of a String body.
    val body = RequestBody.create(MediaType.get("application/json"), "{\n  \"title\": \"Found a bug\",\n  \"body\": \"I'm having a problem with this.\",\n  \"assignees\": [\n    \"octocat\"\n  ],\n  \"milestone\": 1,\n  \"labels\": [\n    \"bug\"\n  ]\n}".toByteArray())
    val request = Request.Builder()
        .url("https://api.github.com/repos/OWNER/REPO/issues")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
