unsupported: java/httpclient cannot send the non-ASCII value of header X-Mix: java.net.http writes header values as US-ASCII (endpoint "hostile")
