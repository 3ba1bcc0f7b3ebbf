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
  base <- parseRequest "https://api.example.com/v1/search"
  let request =
        base
          & setRequestHeaders
            [ ("Content-Type", "application/json")
            ]
          & setRequestMethod "GET"
          & setRequestBodyLBS
            ( L8.fromStrict . utf8 $
                "{\n\
                  \  \"query\": {\n\
                  \    \"match\": {\n\
                  \      \"title\": \"snippets\"\n\
                  \    }\n\
                  \  },\n\
                  \  \"size\": 10\n\
                  \}"
            )
  response <- httpLBS request
  print (getResponseStatusCode response)
  L8.putStrLn (getResponseBody response)
