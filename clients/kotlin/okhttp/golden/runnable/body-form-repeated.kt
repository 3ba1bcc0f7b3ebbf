import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    val body = FormBody.Builder()
        .add("tag", "red")
        .add("tag", "red")
        .add("tag", "blue")
        .build()
    val request = Request.Builder()
        .url("https://api.example.com/v1/filters")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
