{-# LANGUAGE OverloadedStrings #-}

import qualified Data.ByteString.Char8 as B8
import qualified Data.ByteString.Lazy.Char8 as L8
import Data.Function ((&))
import Data.Maybe (fromMaybe)
import qualified Data.Text as T
import Data.Text.Encoding (encodeUtf8)
import Network.HTTP.Simple
import System.Environment (getEnvironment)

-- | The UTF-8 bytes of a text (a ByteString literal keeps only each character's low byte).
utf8 :: String -> B8.ByteString
utf8 = encodeUtf8 . T.pack

main :: IO ()
main = do
  -- Secrets come from the environment, else the documentation's placeholder.
  environment <- getEnvironment
  let getenvOr name fallback = fromMaybe fallback (lookup name environment)
  base <- parseRequest "https://api.example.com/v1/account"
  let request =
        base
          & setRequestMethod "GET"
          & setRequestBasicAuth (utf8 (getenvOr "API_USERNAME" "<username>")) (utf8 (getenvOr "API_PASSWORD" "<password>"))
  response <- httpLBS request
  print (getResponseStatusCode response)
  L8.putStrLn (getResponseBody response)
