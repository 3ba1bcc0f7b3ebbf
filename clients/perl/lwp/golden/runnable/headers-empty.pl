use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/flags');

my $request = HTTP::Request->new('GET', $url);
$request->push_header('X-Empty' => '');
$request->push_header('X-Other' => 'set');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
