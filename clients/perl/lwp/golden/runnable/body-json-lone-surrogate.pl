use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/echo');

my $request = HTTP::Request->new('POST', $url);
$request->content("{
  \"key \\udbff\": \"a \\ud800 b\",
  \"list\": [
    \"\\udc00\",
    \"paired 😀\"
  ]
}");
$request->push_header('Content-Type' => 'application/json');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
