use strict;
use warnings;

use MIME::Base64 qw(encode_base64);
use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/account');

my $request = HTTP::Request->new('GET', $url);
$request->push_header('Authorization' => 'Basic ' . encode_base64(($ENV{'API_USERNAME'} // '<username>') . ':' . ($ENV{'API_PASSWORD'} // '<password>'), ''));

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
