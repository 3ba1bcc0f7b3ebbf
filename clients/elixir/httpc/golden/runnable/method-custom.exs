unsupported: elixir/httpc cannot send the method PURGE (endpoint "method-custom"): :httpc sends only the methods it has atoms for (get, head, post, put, patch, delete, options, trace)
