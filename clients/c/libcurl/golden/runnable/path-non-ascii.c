#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The response body, grown as libcurl hands it over, so the status can be printed first. */
struct buffer {
    char *data;
    size_t size;
};

static size_t collect(char *chunk, size_t size, size_t count, void *userdata)
{
    struct buffer *buf = userdata;
    char *grown = realloc(buf->data, buf->size + size * count);
    if (!grown)
        return 0;
    memcpy(grown + buf->size, chunk, size * count);
    buf->data = grown;
    buf->size += size * count;
    return size * count;
}

int main(void)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURL *curl = curl_easy_init();
    if (!curl) {
        fprintf(stderr, "curl_easy_init failed\n");
        return 1;
    }

    curl_easy_setopt(curl, CURLOPT_URL, "https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b");
    struct curl_slist *headers = NULL;
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    struct buffer response = {NULL, 0};
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);

    CURLcode result = curl_easy_perform(curl);
    if (result != CURLE_OK) {
        fprintf(stderr, "request failed: %s\n", curl_easy_strerror(result));
        return 1;
    }
    long status;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    printf("%ld\n", status);
    fwrite(response.data ? response.data : "", 1, response.size, stdout);
    putchar('\n');

    free(response.data);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return 0;
}
