namespace CrmGraph.Api.Transport;

/// <summary>
/// A file of a multipart request (the value of an <c>Upload</c> variable). The part is spooled to a temporary file as
/// it arrives, so an upload never sits in memory whole; the file is deleted when the response is done.
/// </summary>
public sealed class UploadedFile(string fileName, string contentType, string path, long length) : IAsyncDisposable
{
    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    public long Length { get; } = length;

    public Stream OpenRead() =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    public ValueTask DisposeAsync()
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open somewhere; the OS cleans its temp folder.
        }

        return ValueTask.CompletedTask;
    }
}
