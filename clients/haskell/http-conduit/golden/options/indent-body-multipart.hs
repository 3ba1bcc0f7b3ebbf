{-# LANGUAGE OverloadedStrings #-}

import qualified Data.ByteString.Char8 as B8
import qualified Data.ByteString.Lazy.Char8 as L8
import Data.Function ((&))
import qualified Data.Text as T
import Data.Text.Encoding (encodeUtf8)
import Network.HTTP.Client.MultipartFormData
import Network.HTTP.Simple

-- | The UTF-8 bytes of a text (a ByteString literal keeps only each character's low byte).
utf8 :: String -> B8.ByteString
utf8 = encodeUtf8 . T.pack

main :: IO ()
main = do
    base <- parseRequest "https://api.example.com/v1/upload"
    let request =
                base
                    & setRequestMethod "POST"
    form <-
        formDataBody
            [ partBS "title" "Quarterly report"
            , partBS "description" (utf8 "Line one, \"quoted\"; and ☕")
            , (partFileSource "avatar" "files/avatar.png")
                    { partFilename = Just "avatar.png",
                        partContentType = Just "image/png"
                    }
            , (partFileSource "attachments" "files/notes.txt")
                    { partFilename = Just "notes.txt",
                        partContentType = Just "text/plain"
                    }
            , (partFileSource "attachments" "files/data.csv")
                    { partFilename = Just "data.csv",
                        partContentType = Just "text/csv"
                    }
            ]
            request
    -- formDataBody also sets the method to POST, so the method is set again after it.
    response <- httpLBS (form & setRequestMethod "POST")
    print (getResponseStatusCode response)
    L8.putStrLn (getResponseBody response)
