use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/raw');

my $request = HTTP::Request->new('PUT', $url);
$request->content("it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \xE2\x80\xA8 😀 é\nline one\nline two\r\nthen\ttab end\n");
$request->push_header('Content-Type' => 'text/plain; charset=utf-8');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
