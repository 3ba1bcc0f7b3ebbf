#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSURL *url = [NSURL URLWithString:@"https://api.example.com/v1/forms"];
        NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
        request.HTTPMethod = @"POST";
        [request setValue:@"application/x-www-form-urlencoded" forHTTPHeaderField:@"Content-Type"];
        request.HTTPBody = [@"mix=it%27s+a+%22mix%22+of+%5C+%24HOME+%24%7Bx%7D+%23%7Bx%7D+%5C%28x%29+%25s+%7B%7Bx%7D%7D+%60cmd%60+*%2F+%3F%3E+%22%22%22+%E2%80%A8+%F0%9F%98%80+%C3%A9&k%27%22%5C%24%60%7B%7Bx%7D%7D=line+one%0Aline+two%0D%0Athen%09tab+end&mix=again" dataUsingEncoding:NSUTF8StringEncoding];

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
