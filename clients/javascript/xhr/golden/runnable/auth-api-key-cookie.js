unsupported: javascript/xhr cannot send a Cookie header (endpoint "auth-api-key-cookie"): a page's script cannot set Cookie; the browser sends its own cookies for the origin
