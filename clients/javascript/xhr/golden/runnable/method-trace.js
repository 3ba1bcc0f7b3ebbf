unsupported: javascript/xhr cannot send the method TRACE (endpoint "method-trace"): XMLHttpRequest.open throws a SecurityError for CONNECT, TRACE and TRACK
