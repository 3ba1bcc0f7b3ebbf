#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"POST";
        [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
        NSString *json = @"{\n"
            @"  \"rtl\": \"abc\u202edef\",\n"
            @"  \"zero\u200bwidth\": \"a\ufeffb\u00a0c\U000e0041d\u3164e\"\n"
            @"}";
        request.HTTPBody = [json dataUsingEncoding:NSUTF8StringEncoding];

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
