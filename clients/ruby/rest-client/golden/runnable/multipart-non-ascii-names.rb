require 'rest-client'

# rest-client names and types a file part by its value's original_filename and content_type.
class UploadedFile < File
  attr_reader :original_filename, :content_type

  def initialize(path, original_filename, content_type)
    super(path, 'rb')
    @original_filename = original_filename
    @content_type = content_type
  end
end

url = 'https://api.example.com/v1/upload'
# Multipart.new sends the parts in order, repeated names and all, with or without files.
payload = RestClient::Payload::Multipart.new(RestClient::ParamsArray.new([
  ['título', 'Café ☕'],
  ['документ', UploadedFile.new('files/notes.txt', 'résumé ☕.txt', 'text/plain')]
]))

begin
  response = RestClient::Request.execute(
    method: :post,
    url: url,
    payload: payload
  )
rescue RestClient::ExceptionWithResponse => e
  # rest-client raises on a 4xx or 5xx status; the error holds the response.
  response = e.response
end

puts response.code
puts response.body
