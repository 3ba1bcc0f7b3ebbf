use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/ping');

my $request = HTTP::Request->new('POST', $url);
$request->content('');
$request->push_header('Content-Type' => 'text/plain');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
