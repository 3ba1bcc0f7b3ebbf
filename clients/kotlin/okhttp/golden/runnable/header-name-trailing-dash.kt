import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/v1/items")
        .addHeader("X-Trace-", "abc")
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
