import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://cdn.example.com/cache/images/logo.png")
        .addHeader("X-Purge-Reason", "deploy")
        .method("PURGE", null)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
