use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://cdn.example.com/cache/images/logo.png');

my $request = HTTP::Request->new('PURGE', $url);
$request->push_header('X-Purge-Reason' => 'deploy');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
