{-# LANGUAGE OverloadedStrings #-}

import qualified Data.ByteString.Char8 as B8
import qualified Data.ByteString.Lazy.Char8 as L8
import Data.Function ((&))
import qualified Data.Text as T
import Data.Text.Encoding (encodeUtf8)
import Network.HTTP.Simple

-- | The UTF-8 bytes of a text (a ByteString literal keeps only each character's low byte).
utf8 :: String -> B8.ByteString
utf8 = encodeUtf8 . T.pack

main :: IO ()
main = do
    base <- parseRequest "https://api.example.com/v1/documents"
    let request =
                base
                    & setRequestHeaders
                        [ ("Content-Type", "application/json")
                        ]
                    & setRequestMethod "POST"
                    & setRequestBodyLBS
                        ( L8.fromStrict . utf8 $
                                "{\n\
                                    \  \"title\": \"Ünïcödé — 日本語 and emoji 🎉😀\",\n\
                                    \  \"nested\": {\n\
                                    \    \"list\": [\n\
                                    \      1,\n\
                                    \      \"two\",\n\
                                    \      3.5,\n\
                                    \      null,\n\
                                    \      true,\n\
                                    \      false\n\
                                    \    ],\n\
                                    \    \"object\": {\n\
                                    \      \"deep\": {\n\
                                    \        \"deeper\": [\n\
                                    \          {\n\
                                    \            \"a\": 1\n\
                                    \          },\n\
                                    \          []\n\
                                    \        ]\n\
                                    \      }\n\
                                    \    }\n\
                                    \  },\n\
                                    \  \"empty_object\": {},\n\
                                    \  \"empty_list\": [],\n\
                                    \  \"nothing\": null,\n\
                                    \  \"yes\": true,\n\
                                    \  \"no\": false,\n\
                                    \  \"big\": 9007199254740993,\n\
                                    \  \"negative_big\": -12345678901234567890,\n\
                                    \  \"float\": 3.14159,\n\
                                    \  \"negative\": -7,\n\
                                    \  \"zero\": 0\n\
                                    \}"
                        )
    response <- httpLBS request
    print (getResponseStatusCode response)
    L8.putStrLn (getResponseBody response)
