require 'httparty'

# HTTParty names and types a file part by its value's original_filename and content_type.
UploadedFile = Struct.new(:path, :original_filename, :content_type) do
  # HTTParty joins the parts into one UTF-8 String: binary bytes would not join text with non-ASCII characters.
  def read
    File.binread(path).force_encoding(Encoding::UTF_8)
  end
end

url = 'https://api.example.com/v1/upload'
payload = {
  'dir\\name' => 'x',
  'file' => UploadedFile.new('files/notes.txt', 'C:\\Users\\me\\notes.txt', 'text/plain')
}

response = HTTParty.post(
  url,
  body: payload,
  # Without multipart: true a Hash without files would go out as a form.
  multipart: true
)

puts response.code
puts response.body
