unsupported: ruby/net-http cannot send the header "X-Trace-": Net::HTTP drops the trailing '-' when it capitalizes header names
