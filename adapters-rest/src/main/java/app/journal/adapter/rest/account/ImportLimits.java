package app.journal.adapter.rest.account;

/**
 * What the import's file readers allow beyond the request size (which {@code RequestSizeLimitFilter} bounds):
 * how many bytes a Markdown zip may unpack to, all files together.
 */
public record ImportLimits(long maxInflatedBytes) {

    public ImportLimits {
        if (maxInflatedBytes < 1) {
            throw new IllegalArgumentException("maxInflatedBytes must be positive");
        }
    }
}
