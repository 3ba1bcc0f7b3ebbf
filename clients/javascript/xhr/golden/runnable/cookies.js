unsupported: javascript/xhr cannot send a Cookie header (endpoint "cookies"): a page's script cannot set Cookie; the browser sends its own cookies for the origin
