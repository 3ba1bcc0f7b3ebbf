import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    // OkHttp requires a body on PUT: an empty one sends no bytes.
    val body = RequestBody.create(null, ByteArray(0))
    val request = Request.Builder()
        .url("https://api.example.com/v1/items/42")
        .addHeader("Accept", "application/json")
        .put(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
