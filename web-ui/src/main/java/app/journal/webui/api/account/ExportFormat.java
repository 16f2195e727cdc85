package app.journal.webui.api.account;

/** The formats of {@code GET /api/me/export}, by the value of its {@code format} parameter. */
public enum ExportFormat {

    /** One JSON document with every entry, oldest first. */
    JSON("json", "application/json", "journal-export.json"),
    /** A zip with one Markdown file per entry. */
    MARKDOWN("markdown", "application/zip", "journal-export.zip");

    private final String parameter;
    private final String contentType;
    private final String fallbackFileName;

    ExportFormat(String parameter, String contentType, String fallbackFileName) {
        this.parameter = parameter;
        this.contentType = contentType;
        this.fallbackFileName = fallbackFileName;
    }

    public String parameter() {
        return parameter;
    }

    /** The media type to send on when the API names none. */
    public String contentType() {
        return contentType;
    }

    /** The file name to send on when the API names none. */
    public String fallbackFileName() {
        return fallbackFileName;
    }
}
