import java.io.File
import java.util.concurrent.TimeUnit
import okhttp3.MediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient.Builder()
        .callTimeout(2500, TimeUnit.MILLISECONDS)
        .build()
    val body = MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("title", "Quarterly report")
        .addFormDataPart("description", "Line one, \"quoted\"; and ☕")
        .addFormDataPart("avatar", "avatar.png", RequestBody.create(MediaType.get("image/png"), File("files/avatar.png")))
        .addFormDataPart("attachments", "notes.txt", RequestBody.create(MediaType.get("text/plain"), File("files/notes.txt")))
        .addFormDataPart("attachments", "data.csv", RequestBody.create(MediaType.get("text/csv"), File("files/data.csv")))
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
