unsupported: javascript/fetch (reference) cannot send endpoint "method-trace": fetch refuses the TRACE method
