unsupported: javascript/fetch (runnable) cannot send endpoint "method-trace": fetch refuses the TRACE method
