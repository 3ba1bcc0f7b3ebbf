import java.io.File
import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
  val client = OkHttpClient()
  val body = RequestBody.create(MediaType.get("image/png"), File("files/avatar.png"))
  val request = Request.Builder()
    .url("https://api.example.com/v1/blobs/logo")
    .put(body)
    .build()

  client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
  }
}
