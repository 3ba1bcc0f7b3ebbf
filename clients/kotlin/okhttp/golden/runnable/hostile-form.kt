import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    val body = FormBody.Builder()
        .add("mix", "it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \u2028 😀 é")
        .add("k'\"\\\$`{{x}}", "line one\nline two\r\nthen\ttab end")
        .add("mix", "again")
        .build()
    val request = Request.Builder()
        .url("https://api.example.com/v1/forms")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
