import java.io.File
import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    val body = RequestBody.create(MediaType.get("application/octet-stream"), File("body.bin"))
    val request = Request.Builder()
        .url("https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?name=NAME")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
