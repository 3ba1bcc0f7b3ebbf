import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    val body = FormBody.Builder()
        .add("username", "jane@example.com")
        .add("password", "p&ss=w+rd 100%")
        .add("scope", "read")
        .add("scope", "write")
        .add("note", "é ☕ a+b=c&d")
        .build()
    val request = Request.Builder()
        .url("https://api.example.com/v1/login")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
