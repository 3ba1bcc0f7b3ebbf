use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.github.com/markdown/raw');

my $request = HTTP::Request->new('POST', $url);
$request->content('{"text":"Hello **world**"}');
$request->push_header('Content-Type' => 'text/plain');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
