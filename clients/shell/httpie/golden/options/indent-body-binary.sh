http --ignore-stdin \
    PUT https://api.example.com/v1/blobs/logo \
    Content-Type:image/png \
    @files/avatar.png \
    --print=hb
