import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/v1/items")
        .addHeader("Authorization", "Bearer " + (System.getenv("API_TOKEN") ?: "tok\"en,with=odd"))
        .addHeader("Accept", "not a media type")
        .addHeader("User-Agent", "agent \"quoted\"")
        .addHeader("If-None-Match", "etag-without-quotes")
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
