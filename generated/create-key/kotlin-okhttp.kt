import okhttp3.MediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody

fun main() {
    val client = OkHttpClient()
    // Bytes, not a String: OkHttp adds "; charset=utf-8" to the content type of a String body.
    val body = RequestBody.create(MediaType.get("application/json"), "{\n  \"name\": \"My New API Key\",\n  \"limit\": 50,\n  \"limit_reset\": \"monthly\",\n  \"include_byok_in_limit\": true\n}".toByteArray())
    val request = Request.Builder()
        .url("https://openrouter.ai/api/v1/keys")
        .addHeader("Authorization", "Bearer " + (System.getenv("OPENROUTER_API_KEY") ?: "<token>"))
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
