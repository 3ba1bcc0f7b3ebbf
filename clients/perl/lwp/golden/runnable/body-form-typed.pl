use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/subscribe');

my $request = HTTP::Request->new('POST', $url);
$request->content('email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95');
$request->push_header('Content-Type' => 'application/x-www-form-urlencoded; charset=UTF-8');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
