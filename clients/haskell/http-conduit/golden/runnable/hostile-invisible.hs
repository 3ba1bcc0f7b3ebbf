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
  base <- parseRequest "https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b"
  let request =
        base
          & setRequestHeaders
            [ ("Content-Type", "application/json")
            ]
          & setRequestMethod "POST"
          & setRequestBodyLBS
            ( L8.fromStrict . utf8 $
                "{\n\
                  \  \"rtl\": \"abc\8238def\",\n\
                  \  \"zero\8203width\": \"a\65279b\160c\917569d\12644e\"\n\
                  \}"
            )
  response <- httpLBS request
  print (getResponseStatusCode response)
  L8.putStrLn (getResponseBody response)
