import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://api.example.com/v1/headers")
        .addHeader("Accept", "application/json")
        .addHeader("X-Trace", "first")
        .addHeader("X-Quoted", "say \"hi\" and it's fine")
        .addHeader("X-Backslash", "C:\\path\\to\\file \\n not a newline")
        .addHeader("X-Trace", "second")
        .addHeader("X-Dollar", "\$HOME \${x} #{x} `cmd` %s {{x}}")
        .get()
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
