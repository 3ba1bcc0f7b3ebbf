use strict;
use warnings;

use HTTP::Request;
use LWP::UserAgent;
use URI;

my $url = URI->new('https://uploads.github.com/repos/OWNER/REPO/releases/0/assets');
$url->query_form(
    'name' => 'NAME',
);

my $request = HTTP::Request->new('POST', $url);
open(my $file, '<:raw', 'body.bin') or die "cannot open the body file: $!";
$request->content(do { local $/; <$file> });
close($file);
$request->push_header('Content-Type' => 'application/octet-stream');

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
