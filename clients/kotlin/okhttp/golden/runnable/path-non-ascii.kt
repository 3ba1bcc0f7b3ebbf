import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b")
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
