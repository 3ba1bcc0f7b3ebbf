import java.io.File
import okhttp3.MediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    val body = MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("dir\\name", "x")
        .addFormDataPart("file", "C:\\Users\\me\\notes.txt", RequestBody.create(MediaType.get("text/plain"), File("files/notes.txt")))
        .build()
    val request = Request.Builder()
        .url("https://api.example.com/v1/upload")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
