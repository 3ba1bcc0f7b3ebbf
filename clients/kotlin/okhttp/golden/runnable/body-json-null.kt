import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    // Bytes, not a String: OkHttp adds "; charset=utf-8" to the content type of a String body.
    val body = RequestBody.create(MediaType.get("application/json"), "null".toByteArray())
    val request = Request.Builder()
        .url("https://api.example.com/v1/runs/42/rerun")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
