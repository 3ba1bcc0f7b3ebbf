use strict;
use warnings;

use HTTP::Request;
use HTTP::Request::Common qw(POST);
use LWP::UserAgent;
use URI;

my $url = URI->new('https://api.example.com/v1/forms');

# HTTP::Request::Common builds the multipart body (Content_Type => 'form-data'); each file is [path, filename, headers].
my $request = POST(
    $url,
    Content_Type => 'form-data',
    Content => [
        'mix' => "it's a \"mix\" of \\ \$HOME \${x} #{x} \\(x) %s {{x}} `cmd` */ ?> \"\"\" \xE2\x80\xA8 😀 é",
        'lines' => "line one\nline two\r\nthen\ttab end",
        'file' => ['files/notes.txt', 'it\'s "notes".txt', 'Content-Type' => 'text/plain'],
    ],
);

my $ua = LWP::UserAgent->new();
my $response = $ua->request($request);

print $response->code, "\n";
print $response->content, "\n";
