use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/blobs/logo');

my $request = HTTP::Request->new('PUT', $url);
open(my $file, '<:raw', 'files/avatar.png') or die "cannot open the body file: $!";
$request->content(do { local $/; <$file> });
close($file);
$request->push_header('Content-Type' => 'image/png');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
