import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/v1/headers")
        .addHeader("accept", "application/json")
        .addHeader("X-Trace", "first")
        .addHeader("X-Trace", "second")
        .addHeader("user-agent", "docs-example/1.0")
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
