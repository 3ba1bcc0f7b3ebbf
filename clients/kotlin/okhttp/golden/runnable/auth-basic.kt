import java.util.Base64
import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/v1/account")
        .addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(((System.getenv("API_USERNAME") ?: "<username>") + ":" + (System.getenv("API_PASSWORD") ?: "<password>")).toByteArray()))
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
