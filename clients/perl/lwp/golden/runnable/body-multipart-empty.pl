use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/upload');

# A form without fields is its close delimiter alone (what a browser sends), written as it is.
my $request = HTTP::Request->new('POST', $url);
$request->header('Content-Type' => 'multipart/form-data; boundary=snipgen-empty-form');
$request->content("--snipgen-empty-form--\r\n");

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
