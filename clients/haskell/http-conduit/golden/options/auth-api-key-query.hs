{-# LANGUAGE OverloadedStrings #-}

import qualified Data.ByteString.Char8 as B8
import qualified Data.ByteString.Lazy.Char8 as L8
import Data.Function ((&))
import Data.Maybe (fromMaybe)
import qualified Data.Text as T
import Data.Text.Encoding (encodeUtf8)
import Network.HTTP.Client (responseTimeoutMicro)
import Network.HTTP.Simple
import Network.HTTP.Types.URI (urlEncode)
import System.Environment (getEnvironment)

-- | The UTF-8 bytes of a text (a ByteString literal keeps only each character's low byte).
utf8 :: String -> B8.ByteString
utf8 = encodeUtf8 . T.pack

-- | Encodes a value for a URL query (a space as +, everything else but unreserved characters as %XX).
queryEscape :: String -> String
queryEscape = B8.unpack . urlEncode True . utf8

main :: IO ()
main = do
  -- Secrets come from the environment, else the documentation's placeholder.
  environment <- getEnvironment
  let getenvOr name fallback = fromMaybe fallback (lookup name environment)
  base <- parseRequest ("https://api.example.com/v1/widgets?page=2&api_key=" ++ queryEscape (getenvOr "EXAMPLE_API_KEY" "<api-key>"))
  let request =
        base
          & setRequestMethod "GET"
          & setRequestResponseTimeout (responseTimeoutMicro 2500000)
  response <- httpLBS request
  print (getResponseStatusCode response)
  L8.putStrLn (getResponseBody response)
