http --ignore-stdin \
  POST https://uploads.github.com/repos/OWNER/REPO/releases/0/assets \
  name==NAME \
  Content-Type:application/octet-stream \
  @body.bin \
  --print=hb
