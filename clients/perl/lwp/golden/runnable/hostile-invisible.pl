use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/echo/a%E2%80%AEb');
$url->query_form(
    "q\xE2\x80\x8B" => "x\xE2\x81\xA6y\xE2\x81\xA9z",
    'nbsp' => "a\xC2\xA0b",
);

my $request = HTTP::Request->new('POST', $url);
$request->content("{
  \"rtl\": \"abc\xE2\x80\xAEdef\",
  \"zero\xE2\x80\x8Bwidth\": \"a\xEF\xBB\xBFb\xC2\xA0c\xF3\xA0\x81\x81d\xE3\x85\xA4e\"
}");
$request->push_header('Content-Type' => 'application/json');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
