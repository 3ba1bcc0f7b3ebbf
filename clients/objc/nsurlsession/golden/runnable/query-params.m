#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://api.example.com/v1/search?q=rock%20%26%20roll%20%3D%20fun%20%2B%20100%25%20sure&tag=first&limit=10&tag=second&empty=&filter%5Bname%5D=Zo%C3%AB%20%C5%81ukasz%20%F0%9F%8E%B8&sort%5B%5D=-created&tag=third"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"GET";

        // A command-line program waits for the completion handler, which runs on another queue.
        dispatch_semaphore_t done = dispatch_semaphore_create(0);
        NSURLSessionDataTask *task = [NSURLSession.sharedSession dataTaskWithRequest:request
                                                                   completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
            if (error) {
                NSLog(@"%@", error);
            } else {
                printf("%ld\n", (long)((NSHTTPURLResponse *)response).statusCode);
                fwrite(data.bytes, 1, data.length, stdout);
                printf("\n");
            }
            dispatch_semaphore_signal(done);
        }];
        [task resume];
        dispatch_semaphore_wait(done, DISPATCH_TIME_FOREVER);
    }
    return 0;
}
