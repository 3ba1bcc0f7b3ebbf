import java.util.UUID
import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    // MultipartBody needs at least one part: a form without fields is the close delimiter alone.
    val boundary = UUID.randomUUID().toString()
    val body = RequestBody.create(MediaType.get("multipart/form-data; boundary=" + boundary), ("--" + boundary + "--\r\n").toByteArray())
    val request = Request.Builder()
        .url("https://api.example.com/v1/upload")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
