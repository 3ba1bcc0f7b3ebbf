unsupported: elixir/httpc cannot send the method TRACE (endpoint "method-trace"): :httpc sends only the methods it has atoms for (get, head, post, put, patch, delete, options, trace)
