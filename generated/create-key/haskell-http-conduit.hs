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
  base <- parseRequest "https://openrouter.ai/api/v1/keys"
  let request =
        base
          & setRequestHeaders
            [ ("Authorization", (utf8 ("Bearer " ++ getenvOr "OPENROUTER_API_KEY" "<token>"))),
              ("Content-Type", "application/json")
            ]
          & setRequestMethod "POST"
          & setRequestBodyLBS
            ( L8.fromStrict . utf8 $
                "{\n\
                  \  \"name\": \"My New API Key\",\n\
                  \  \"limit\": 50,\n\
                  \  \"limit_reset\": \"monthly\",\n\
                  \  \"include_byok_in_limit\": true\n\
                  \}"
            )
  response <- httpLBS request
  print (getResponseStatusCode response)
  L8.putStrLn (getResponseBody response)
