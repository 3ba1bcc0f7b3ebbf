import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    // Bytes, not a String: OkHttp adds "; charset=utf-8" to the content type of a String body.
    val body = RequestBody.create(MediaType.get("application/x-www-form-urlencoded; charset=UTF-8"), "email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95".toByteArray())
    val request = Request.Builder()
        .url("https://api.example.com/v1/subscribe")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
