import java.net.URLEncoder
import java.util.concurrent.TimeUnit
import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient.Builder()
        .callTimeout(2500, TimeUnit.MILLISECONDS)
        .build()
    val request = Request.Builder()
        .url("https://api.example.com/v1/widgets?page=2&api_key=" + URLEncoder.encode((System.getenv("EXAMPLE_API_KEY") ?: "<api-key>"), "UTF-8"))
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
