unsupported: javascript/jquery cannot send the method TRACE (endpoint "method-trace"): XMLHttpRequest, under $.ajax, throws a SecurityError for CONNECT, TRACE and TRACK
